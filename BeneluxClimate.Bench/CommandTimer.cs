using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BeneluxClimate.Bench;

/// <summary>
/// Measures every EF command from execution until its reader is closed (query plus reading the rows),
/// and can record the SQL and parameters of the commands it saw.
/// </summary>
internal sealed class CommandTimer : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, long> started = new();
    private long ticks;
    private int count;

    public bool Recording { get; set; }

    public List<RecordedCommand> Recorded { get; } = [];

    public TimeSpan Total => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks));

    public int Count => count;

    public void Reset()
    {
        Interlocked.Exchange(ref ticks, 0);
        count = 0;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return result;
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return result;
    }

    private void Start(DbCommand command)
    {
        started[command] = Stopwatch.GetTimestamp();
        if (Recording)
        {
            lock (Recorded)
            {
                Recorded.Add(new RecordedCommand(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
            }
        }
    }

    private void Stop(DbCommand command)
    {
        if (started.TryRemove(command, out var start))
        {
            Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - start);
            Interlocked.Increment(ref count);
        }
    }
}

internal sealed record RecordedCommand(string Sql, List<(string Name, object? Value)> Parameters);
