using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BeneluxClimate.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProfileModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_TargetKind_TargetId_ReporterId",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_ModerationActions_TargetKind_TargetId_AtUtc",
                table: "ModerationActions");

            migrationBuilder.DropIndex(
                name: "IX_MemberProfiles_DirectoryCounts",
                table: "MemberProfiles");

            migrationBuilder.AddColumn<string>(
                name: "TargetKey",
                table: "Reports",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TargetKey",
                table: "ModerationActions",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsHidden",
                table: "MemberProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_TargetKind_TargetId_TargetKey_ReporterId",
                table: "Reports",
                columns: new[] { "TargetKind", "TargetId", "TargetKey", "ReporterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_TargetKind_TargetId_TargetKey_AtUtc",
                table: "ModerationActions",
                columns: new[] { "TargetKind", "TargetId", "TargetKey", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberProfiles_DirectoryCounts",
                table: "MemberProfiles",
                columns: new[] { "CountryCode", "RegionCode", "ActorType", "ThemeMask", "LanguageMask", "Visibility", "OnboardedAtUtc", "IsHidden" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_TargetKind_TargetId_TargetKey_ReporterId",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_ModerationActions_TargetKind_TargetId_TargetKey_AtUtc",
                table: "ModerationActions");

            migrationBuilder.DropIndex(
                name: "IX_MemberProfiles_DirectoryCounts",
                table: "MemberProfiles");

            migrationBuilder.DropColumn(
                name: "TargetKey",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "TargetKey",
                table: "ModerationActions");

            migrationBuilder.DropColumn(
                name: "IsHidden",
                table: "MemberProfiles");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_TargetKind_TargetId_ReporterId",
                table: "Reports",
                columns: new[] { "TargetKind", "TargetId", "ReporterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_TargetKind_TargetId_AtUtc",
                table: "ModerationActions",
                columns: new[] { "TargetKind", "TargetId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberProfiles_DirectoryCounts",
                table: "MemberProfiles",
                columns: new[] { "CountryCode", "RegionCode", "ActorType", "ThemeMask", "LanguageMask", "Visibility", "OnboardedAtUtc" });
        }
    }
}
