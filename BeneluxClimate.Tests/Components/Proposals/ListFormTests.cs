using BeneluxClimate.App.Components.Pages.Proposals.Form;
using BeneluxClimate.App.Security;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Domain.Text;
using BeneluxClimate.Tests.Builders;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Components.Proposals;

public sealed class ListFormTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Field_problems_from_the_domain_appear_on_their_fields_in_French()
    {
        await using var context = new ComponentTestContext("fr", services: s =>
        {
            s.AddSingleton(database.Get<ProjectBoard>());
            s.AddSingleton(database.Get<MarkdownRenderer>());
            s.AddScoped<ActorAccessor>();
        });
        var form = new ProposalFormModel { Title = "", Countries = ["BE"], HasFundingCall = true, CallName = "Interreg", CallUrl = "ftp://x" };
        FieldProblem[] problems =
        [
            new("Title", "Required"),
            new("Countries", "NotCrossBorder"),
            new("Themes", "Required"),
            new("FundingCall.Url", "NotHttpLink"),
            new("FundingCall.Deadline", "InPast"),
        ];

        var fields = context.Render<ProposalFormFields>(p => p.Add(f => f.Form, form).Add(f => f.Problems, problems).Add(f => f.AuthorCountry, "BE"));

        string Around(string testId) => fields.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;
        Assert.Contains("Veuillez remplir ce champ.", Around("proposal-form-title"));
        Assert.Contains("Une proposition doit franchir une frontière : ajoutez au moins un pays autre que le vôtre.", Around("proposal-form-countries"));
        Assert.Equal("Choisissez au moins un thème.", fields.Find("[data-problem-field=Themes]").TextContent);
        Assert.Contains("Saisissez une adresse web complète", Around("proposal-form-call-url"));
        Assert.Contains("La date limite doit être dans le futur.", Around("proposal-form-call-date"));
        Assert.DoesNotContain("Veuillez remplir ce champ.", Around("proposal-form-summary"));
    }

    [Fact]
    public void The_deadline_is_read_on_the_Brussels_clock_and_stored_in_UTC()
    {
        var form = new ProposalFormModel { HasFundingCall = true, CallName = "LIFE", CallDate = new DateTime(2031, 3, 14), CallTime = new TimeSpan(17, 0, 0) };

        var input = form.ToInput(Guid.NewGuid());

        Assert.Equal(new DateTimeOffset(2031, 3, 14, 16, 0, 0, TimeSpan.Zero), input.FundingCall!.DeadlineUtc);
        Assert.Null(new ProposalFormModel().ToInput(Guid.NewGuid()).FundingCall);
    }
}
