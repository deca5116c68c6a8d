using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BeneluxClimate.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProjectShowcase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    ThemeMask = table.Column<int>(type: "INTEGER", nullable: false),
                    Countries = table.Column<string>(type: "TEXT", nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IsCrossBorder = table.Column<bool>(type: "INTEGER", nullable: false),
                    Regions = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeadOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerOrganisationIds = table.Column<string>(type: "TEXT", nullable: false),
                    ContactMemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    LookingFor = table.Column<int>(type: "INTEGER", nullable: false),
                    Co2eAvoided = table.Column<double>(type: "REAL", nullable: false),
                    RenewableCapacity = table.Column<double>(type: "REAL", nullable: false),
                    HectaresRestored = table.Column<double>(type: "REAL", nullable: false),
                    PeopleReached = table.Column<double>(type: "REAL", nullable: false),
                    FollowerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAtUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Impact = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projects_Organisations_LeadOrganisationId",
                        column: x => x.LeadOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectFollowers",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    FollowedAtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFollowers", x => new { x.ProjectId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ProjectFollowers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectFollowers_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFollowers_UserId",
                table: "ProjectFollowers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_CreationId",
                table: "Projects",
                column: "CreationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_LeadOrganisationId",
                table: "Projects",
                column: "LeadOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Status_IsHidden_Stage_UpdatedAtUtc",
                table: "Projects",
                columns: new[] { "Status", "IsHidden", "Stage", "UpdatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectFollowers");

            migrationBuilder.DropTable(
                name: "Projects");
        }
    }
}
