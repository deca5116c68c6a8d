using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BeneluxClimate.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectoryBitMasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LanguageMask",
                table: "MemberProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ThemeMask",
                table: "MemberProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing profiles get their masks from the JSON lists (themes are stored as their enum numbers).
            migrationBuilder.Sql("""
                UPDATE "MemberProfiles" SET
                    "ThemeMask" = COALESCE((SELECT SUM(1 << CAST(j.value AS INTEGER)) FROM json_each("MemberProfiles"."Themes") AS j), 0),
                    "LanguageMask" = COALESCE((SELECT SUM(CASE j.value WHEN 'nl' THEN 1 WHEN 'fr' THEN 2 WHEN 'de' THEN 4 WHEN 'lb' THEN 8 WHEN 'en' THEN 16 WHEN 'es' THEN 32 WHEN 'it' THEN 64 WHEN 'pt' THEN 128 WHEN 'pl' THEN 256 WHEN 'ro' THEN 512 WHEN 'ar' THEN 1024 WHEN 'tr' THEN 2048 ELSE 0 END) FROM json_each("MemberProfiles"."Languages") AS j), 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LanguageMask",
                table: "MemberProfiles");

            migrationBuilder.DropColumn(
                name: "ThemeMask",
                table: "MemberProfiles");
        }
    }
}
