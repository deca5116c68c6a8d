using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BeneluxClimate.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class News : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NewsPosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PublishedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ViewCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NewsViews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitorKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ViewedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsViews_NewsPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "NewsPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_CreationId",
                table: "NewsPosts",
                column: "CreationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_IsHidden_PublishedAtUtc",
                table: "NewsPosts",
                columns: new[] { "IsHidden", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_Language_PublishedAtUtc",
                table: "NewsPosts",
                columns: new[] { "Language", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsViews_Day",
                table: "NewsViews",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_NewsViews_PostId_VisitorKey_Day",
                table: "NewsViews",
                columns: new[] { "PostId", "VisitorKey", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NewsViews");

            migrationBuilder.DropTable(
                name: "NewsPosts");
        }
    }
}
