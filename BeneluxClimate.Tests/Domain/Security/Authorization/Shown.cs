using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Tests.Domain.Security.Authorization;

/// <summary>For reads that filter instead of refusing: whether the private thing was in the answer.</summary>
public static class Shown
{
    public static Refusal? If(bool shown) => shown ? null : Refusal.NotFound;
}
