using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BeneluxClimate.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsLocked",
                table: "Proposals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SlowModeSeconds",
                table: "Proposals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ActivityEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ThemeMask = table.Column<int>(type: "INTEGER", nullable: false),
                    IsBusy = table.Column<bool>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ModerationActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: true),
                    SubjectUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModeratorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Seconds = table.Column<int>(type: "INTEGER", nullable: true),
                    UntilUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    AtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReporterId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Appeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionId = table.Column<long>(type: "INTEGER", nullable: false),
                    AppellantId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    DeciderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Upheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DecidedAtUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appeals_ModerationActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ModerationActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ProposalId_CreatedAtUtc",
                table: "Comments",
                columns: new[] { "ProposalId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityEntries_Kind_Sequence",
                table: "ActivityEntries",
                columns: new[] { "Kind", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityEntries_Sequence",
                table: "ActivityEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_ActionId",
                table: "Appeals",
                column: "ActionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_DecidedAtUtc_CreatedAtUtc",
                table: "Appeals",
                columns: new[] { "DecidedAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_AtUtc",
                table: "ModerationActions",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_TargetKind_TargetId_AtUtc",
                table: "ModerationActions",
                columns: new[] { "TargetKind", "TargetId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CreatedAtUtc",
                table: "Reports",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_IsOpen_CreatedAtUtc",
                table: "Reports",
                columns: new[] { "IsOpen", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_TargetKind_TargetId_ReporterId",
                table: "Reports",
                columns: new[] { "TargetKind", "TargetId", "ReporterId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityEntries");

            migrationBuilder.DropTable(
                name: "Appeals");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "ModerationActions");

            migrationBuilder.DropIndex(
                name: "IX_Comments_ProposalId_CreatedAtUtc",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "IsLocked",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "SlowModeSeconds",
                table: "Proposals");
        }
    }
}
