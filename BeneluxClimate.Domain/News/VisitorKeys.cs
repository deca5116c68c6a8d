using System.Security.Cryptography;
using System.Text;

namespace BeneluxClimate.Domain.News;

/// <summary>Who viewed a post, as a view row stores it: a member by id, an anonymous visitor by a salted hash of their cookie.</summary>
public static class VisitorKeys
{
    public static string Member(string userId) => "m:" + userId;

    /// <summary>HMAC-SHA256 of the visitor cookie under the installation's salt; the cookie value itself is never stored.</summary>
    public static string Anonymous(string cookieValue, string salt)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(cookieValue));
        return "a:" + Convert.ToHexStringLower(hash);
    }
}
