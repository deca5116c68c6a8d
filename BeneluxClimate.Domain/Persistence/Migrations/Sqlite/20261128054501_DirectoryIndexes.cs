using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BeneluxClimate.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberProfiles_OnboardedAtUtc_CountryCode_ActorType",
                table: "MemberProfiles");

            migrationBuilder.CreateIndex(
                name: "IX_MemberProfiles_CountryCode_OnboardedAtUtc",
                table: "MemberProfiles",
                columns: new[] { "CountryCode", "OnboardedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberProfiles_OnboardedAtUtc",
                table: "MemberProfiles",
                column: "OnboardedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberProfiles_CountryCode_OnboardedAtUtc",
                table: "MemberProfiles");

            migrationBuilder.DropIndex(
                name: "IX_MemberProfiles_OnboardedAtUtc",
                table: "MemberProfiles");

            migrationBuilder.CreateIndex(
                name: "IX_MemberProfiles_OnboardedAtUtc_CountryCode_ActorType",
                table: "MemberProfiles",
                columns: new[] { "OnboardedAtUtc", "CountryCode", "ActorType" });
        }
    }
}
