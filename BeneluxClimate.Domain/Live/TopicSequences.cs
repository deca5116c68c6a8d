using BeneluxClimate.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Live;

/// <summary>
/// Per-topic sequence numbers kept in the database, so they survive restarts and agree across nodes.
/// A number is taken inside the writer's transaction: a rolled-back write gives its number back.
/// </summary>
public static class TopicSequences
{
    public const int TopicMaxLength = 100;

    /// <summary>Takes the topic's next number (1 for a new topic). Call inside the transaction that writes the change.</summary>
    public static async Task<long> NextSequenceAsync(this ClimateDbContext db, string topic, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topic.Length, TopicMaxLength, nameof(topic));
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Take a sequence number inside the transaction that writes the change.");
        }

        // One statement, valid on SQLite (3.35+) and PostgreSQL; the row lock serializes writers on the same topic.
        var numbers = await db.Database.SqlQuery<long>($"""
            INSERT INTO "TopicSequences" ("Topic", "Last") VALUES ({topic}, 1)
            ON CONFLICT ("Topic") DO UPDATE SET "Last" = "TopicSequences"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return numbers.Single();
    }

    /// <summary>The topic's last handed-out number, 0 when none. Read it before the view's data (or in the same transaction).</summary>
    public static async Task<long> CurrentSequenceAsync(this ClimateDbContext db, string topic, CancellationToken ct = default) =>
        await CurrentQuery.For(db)(db, topic, ct) ?? 0;

    // Compiled: read on every page and every gap check, so EF's per-call query lookup is worth skipping.
    private static readonly CompiledPerContext<Func<ClimateDbContext, string, CancellationToken, Task<long?>>> CurrentQuery = new(() => EF.CompileAsyncQuery(
        (ClimateDbContext db, string topic, CancellationToken ct) => db.TopicSequences.AsNoTracking().Where(s => s.Topic == topic).Select(s => (long?)s.Last).SingleOrDefault()));
}
