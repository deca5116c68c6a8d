using System.Security.Claims;
using BeneluxClimate.Domain.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace BeneluxClimate.App.Security;

/// <summary>Builds the acting <see cref="Actor"/> from the circuit's (or request's) authentication state.</summary>
internal sealed class ActorAccessor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return FromPrincipal(state.User);
    }

    public static Actor FromPrincipal(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user.Identity?.IsAuthenticated != true || id is null)
        {
            return Actor.Anonymous;
        }

        return new Actor(id, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());
    }
}
