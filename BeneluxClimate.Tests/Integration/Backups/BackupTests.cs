using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Persistence;
using BeneluxClimate.Domain.Persistence.Backups;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Tests.Builders;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BeneluxClimate.Tests.Integration.Backups;

/// <summary>An online backup taken while members post restores to a working app with everything acknowledged before it.</summary>
public sealed class BackupTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("climate-backups-").FullName;
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(new()
    {
        ["Discussion:CommentIntervalSeconds"] = "0",
        ["Backup:Folder"] = folder,
    });

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_eight_members_post_restores_to_an_app_that_serves_what_was_acknowledged_before_it()
    {
        var admin = Actor.Member(await database.AddMemberAsync("Ada", "ada@example.test", Roles.Admin), Roles.Member, Roles.Admin);
        var writers = new List<Actor>();
        for (var i = 0; i < 8; i++)
        {
            var writer = Actor.Member(await database.AddMemberAsync($"Writer {i}", $"w{i}@example.test"), Roles.Member);
            Assert.True((await database.Get<MemberProfiles>().SaveAsync(writer, ProfileInputs.Valid($"Writer {i}"))).Succeeded);
            writers.Add(writer);
        }

        var proposalId = (await database.Get<ProposalService>().CreateAsync(writers[0], ProposalInputs.Valid())).ProposalId!.Value;
        var acknowledged = new ConcurrentQueue<(long Id, long At)>();
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
        {
            var discussion = database.Get<DiscussionService>();
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var posted = await discussion.PostAsync(writer, proposalId, new CommentInput(Guid.NewGuid(), $"Writer {w}, comment {n}"));
                Assert.True(posted.Succeeded);
                acknowledged.Enqueue((posted.Comment!.Id, Stopwatch.GetTimestamp()));
            }
        })));

        await Task.Delay(1500);
        var backups = database.Get<DatabaseBackups>();
        var started = Stopwatch.GetTimestamp();
        var (taken, second) = (backups.TakeAsync(admin), backups.TakeAsync(admin)); // a double click
        var backup = await taken;
        await Task.Delay(500);
        await stop.CancelAsync();
        await load;

        Assert.True(backup.Succeeded, backup.Refusal?.ToString());
        Assert.Equal(Refusal.Conflict, (await second).Refusal);
        var file = Path.Combine(folder, backup.Value!.Name);
        Assert.Equal("ok", await SqliteBackup.IntegrityAsync($"Data Source={file};Mode=ReadOnly"));
        var before = acknowledged.Where(a => a.At < started).Select(a => a.Id).ToList();
        Assert.True(before.Count > 20, $"only {before.Count} comments before the backup");
        Assert.Single(backups.Recent(admin).Value!);

        await using var restored = new ClimateAppFactory(overrides: new() { ["ConnectionStrings:Climate"] = $"Data Source={file}" });
        using var client = restored.CreateClient();
        var page = await client.GetAsync($"/proposals/{proposalId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await using var db = await restored.Services.GetRequiredService<IDbContextFactory<ClimateDbContext>>().CreateDbContextAsync();
        var stored = await db.Comments.Where(c => c.ProposalId == proposalId).Select(c => c.Id).ToListAsync();
        Assert.Empty(before.Except(stored));
    }

    [Fact]
    public async Task Only_admins_take_or_list_backups()
    {
        var member = Actor.Member(await database.AddMemberAsync("Mo", "mo@example.test"), Roles.Member);
        var moderator = Actor.Member(await database.AddMemberAsync("Mona", "mona@example.test", Roles.Moderator), Roles.Member, Roles.Moderator);
        var backups = database.Get<DatabaseBackups>();

        Assert.Equal(Refusal.NotSignedIn, (await backups.TakeAsync(Actor.Anonymous)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await backups.TakeAsync(member)).Refusal);
        Assert.Equal(Refusal.Forbidden, (await backups.TakeAsync(moderator)).Refusal);
        Assert.Equal(Refusal.Forbidden, backups.Recent(moderator).Refusal);
        Assert.Empty(Directory.EnumerateFiles(folder));
    }
}
