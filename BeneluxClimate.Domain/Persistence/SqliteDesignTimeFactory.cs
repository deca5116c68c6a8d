using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClimateDbContext>
{
    public SqliteClimateDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClimateDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
