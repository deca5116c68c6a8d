using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Tests.Domain.Members;

public sealed class TaxonomyMaskTests
{
    [Fact]
    public void Each_theme_and_language_has_its_own_bit()
    {
        var themeBits = Enum.GetValues<Theme>().Select(TaxonomyMasks.Bit).ToList();
        var languageBits = SpokenLanguages.All.Select(TaxonomyMasks.Bit).ToList();

        Assert.Equal(themeBits.Count, themeBits.Distinct().Count(b => b != 0));
        Assert.Equal(languageBits.Count, languageBits.Distinct().Count(b => b != 0));
        Assert.Equal(0, TaxonomyMasks.Bit("xx"));
    }

    [Fact]
    public async Task Stored_masks_always_agree_with_the_stored_lists()
    {
        await using var database = await TestDatabase.CreateAsync(new() { ["Seed:DemoData"] = "true" });

        var profiles = await database.QueryAsync(db => db.MemberProfiles.AsNoTracking().ToListAsync());

        Assert.NotEmpty(profiles);
        Assert.All(profiles, p => Assert.Equal((TaxonomyMasks.Of(p.Themes), TaxonomyMasks.Of(p.Languages)), (p.ThemeMask, p.LanguageMask)));
    }
}
