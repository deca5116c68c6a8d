using System.Security.Cryptography;
using System.Text;

namespace BeneluxClimate.Domain.Partnerships;

/// <summary>The hash a comment's trimmed body is stored with, to find the same text again without comparing bodies.</summary>
internal static class CommentHash
{
    public static string Of(string body) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
