using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BeneluxClimate.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectoryCountsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberProfiles_RegionCode",
                table: "MemberProfiles");

            migrationBuilder.CreateIndex(
                name: "IX_MemberProfiles_DirectoryCounts",
                table: "MemberProfiles",
                columns: new[] { "CountryCode", "RegionCode", "ActorType", "ThemeMask", "LanguageMask", "Visibility", "OnboardedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberProfiles_DirectoryCounts",
                table: "MemberProfiles");

            migrationBuilder.CreateIndex(
                name: "IX_MemberProfiles_RegionCode",
                table: "MemberProfiles",
                column: "RegionCode");
        }
    }
}
