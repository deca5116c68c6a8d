using BeneluxClimate.App.Components.Layout;
using BeneluxClimate.App.Components.Pages.Members;
using BeneluxClimate.App.Localization;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Text;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Members;

public sealed class ProfileEditFormTests
{
    private static ComponentTestContext Context(string culture)
    {
        var context = new ComponentTestContext(culture, services: services =>
        {
            services.AddSingleton<TaxonomyText>();
            services.AddSingleton<MarkdownRenderer>();
        });
        return context.SignedInAs("Lotte Janssens");
    }

    [Fact]
    public async Task Field_problems_from_the_domain_appear_under_their_fields_in_the_readers_language()
    {
        await using var context = Context("nl");
        var form = ProfileForm.From(ProfileInputs.Valid());
        FieldProblem[] problems =
        [
            new("Headline", "TooLong", MemberProfile.HeadlineMaxLength),
            new("Themes", "Required"),
            new("Links", "NotHttpLink"),
            new("Expertise", "TooMany", MemberProfile.MaxExpertiseTags),
        ];

        var editor = context.Render<ProfileEditForm>(p => p.Add(e => e.Form, form).Add(e => e.Problems, problems));

        var headline = editor.Find("[data-testid=profile-headline]").Closest(".mud-input-control")!;
        Assert.Contains("Hoogstens 140 tekens.", headline.TextContent);
        Assert.Equal("Kies minstens één thema.", editor.Find("[data-problem-field=Themes]").TextContent);
        Assert.Equal("problem-Themes", editor.Find("[data-testid=profile-themes]").GetAttribute("aria-describedby"));
        Assert.Contains("Hoogstens 12 trefwoorden.", editor.Find("[data-testid=profile-expertise]").TextContent);
        Assert.Contains("http://", editor.Find("[data-problem-field=Links]").TextContent);
        Assert.DoesNotContain("Weergavenaam", editor.FindAll(".mud-input-error").Select(e => e.TextContent));
    }

    [Fact]
    public async Task Choices_carry_invariant_values_and_say_whether_they_are_chosen()
    {
        await using var context = Context("fr");
        var form = ProfileForm.From(ProfileInputs.Valid());

        var editor = context.Render<ProfileEditForm>(p => p.Add(e => e.Form, form));
        editor.Find("[data-theme=Water]").Click();
        editor.Find("[data-actor-type=Research]").Click();

        Assert.Equal("true", editor.Find("[data-theme=Water]").GetAttribute("aria-pressed"));
        Assert.Equal("Eau", editor.Find("[data-theme=Water]").TextContent.Trim());
        Assert.Contains(Theme.Water, form.Themes);
        Assert.Equal(ActorType.Research, form.ActorType);
        Assert.Equal("false", editor.Find("[data-actor-type=NGO]").GetAttribute("aria-pressed"));
        Assert.Equal("true", editor.Find("[data-language=nl]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task An_expertise_tag_is_added_with_Enter_and_a_too_long_one_is_refused_under_the_field()
    {
        await using var context = Context("en");
        var form = ProfileForm.From(ProfileInputs.Valid() with { Expertise = [] });
        var editor = context.Render<ProfileEditForm>(p => p.Add(e => e.Form, form));

        var input = editor.Find("input[data-testid=profile-expertise-input]");
        input.Input("tidal energy");
        editor.Find("input[data-testid=profile-expertise-input]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        editor.Find("input[data-testid=profile-expertise-input]").Input(new string('x', 41));
        editor.Find("input[data-testid=profile-expertise-input]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(["tidal energy"], form.Expertise);
        Assert.Contains("at most 40 characters", editor.Find("[data-testid=profile-expertise]").TextContent);
    }

    [Theory]
    [InlineData("account/profile", true)]
    [InlineData("Account/Login?ReturnUrl=%2F", true)]
    [InlineData("Account/Manage", true)]
    [InlineData("members", false)]
    [InlineData("", false)]
    public void The_onboarding_reminder_stays_out_of_the_profile_and_account_pages(string path, bool exempt) =>
        Assert.Equal(exempt, OnboardingReminder.IsExempt(path));
}
