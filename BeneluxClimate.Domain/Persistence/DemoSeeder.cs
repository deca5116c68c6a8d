using System.Text.RegularExpressions;
using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Members;
using BeneluxClimate.Domain.Organisations;
using BeneluxClimate.Domain.Partnerships;
using BeneluxClimate.Domain.Security;
using BeneluxClimate.Domain.Showcase;
using BeneluxClimate.Domain.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// The demo data of CONTRACT.md (Development only): the contract accounts, the wider network of members
/// (<see cref="DemoMembers"/>), their organisations (<see cref="DemoOrganisations"/>) and their projects
/// (<see cref="DemoProjects"/>) and their partnership proposals (<see cref="DemoProposals"/>). Seeds once, in one transaction: a second start finds the admin and stops. Later
/// capabilities add their own demo data here.
/// </summary>
public sealed partial class DemoSeeder(
    IDbContextFactory<ClimateDbContext> contexts, IPasswordHasher<ClimateUser> hasher, MarkdownRenderer markdown, TimeProvider time)
{
    public const string Password = "Climate-Demo-2026";

    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == "ADMIN@DEMO.TEST", ct))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var userIds = new Dictionary<string, string>();
        var now = time.GetUtcNow();
        string? passwordHash = null; // one hash for all: hashing is slow on purpose
        ClimateUser AddUser(string email, string name, int joinedDaysAgo, string? role)
        {
            var user = ClimateUser.Confirmed(email, name, now.AddDays(-joinedDaysAgo));
            passwordHash ??= hasher.HashPassword(user, Password);
            user.PasswordHash = passwordHash;
            db.Users.Add(user);
            userIds[email] = user.Id;
            string[] roles = role is null ? [Roles.Member] : [Roles.Member, role];
            foreach (var r in roles)
            {
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[r] });
            }

            return user;
        }

        // Onboarding takes a few days after joining; the last edit falls somewhere between then and now.
        var members = DemoMembers.All.Select((m, i) => (
            Member: m,
            Onboarded: now.AddDays(-m.JoinedDaysAgo + 1 + (i % 4)),
            Updated: now.AddDays(-m.JoinedDaysAgo * (1 + (i % 5)) / 7.0))).ToList();
        var organisations = DemoOrganisations.All.ToDictionary(o => o.Name, o =>
        {
            // Created on the platform by its first admin, soon after they onboarded.
            var created = members.Where(m => m.Member.Organisation == o.Name && m.Member.OrganisationAdmin).Min(m => m.Onboarded).AddHours(3);
            var organisation = new Organisation
            {
                Name = o.Name,
                Type = o.Type,
                CountryCode = o.Country,
                Website = o.Website,
                Description = o.Description,
                DescriptionHtml = markdown.Render(o.Description),
                RegistryNumber = o.RegistryNumber,
                CreatedAtUtc = created,
                CreationId = Guid.NewGuid(),
                SearchText = SearchText.Normalize(o.Name),
            };
            db.Organisations.Add(organisation);
            return organisation;
        });

        foreach (var (member, onboarded, updated) in members)
        {
            var user = AddUser(member.Email, member.Name, member.JoinedDaysAgo, member.Role);
            var organisation = member.Organisation is { } name ? organisations[name] : null;
            var active = organisation is not null && !member.JoinRequestPending;
            db.MemberProfiles.Add(new MemberProfile(user.Id)
            {
                Headline = member.Headline,
                ActorType = member.ActorType,
                CountryCode = member.Country,
                RegionCode = member.Region,
                Themes = [.. member.Themes],
                Languages = [.. member.Languages],
                Expertise = [.. member.Expertise],
                Links = [.. member.Links],
                Bio = member.Bio,
                BioHtml = markdown.Render(member.Bio),
                Visibility = member.MembersOnly ? ProfileVisibility.MembersOnly : ProfileVisibility.Public,
                ShowEmailToMembers = member.ShowEmail,
                OnboardedAtUtc = onboarded,
                UpdatedAtUtc = updated,
                SearchText = SearchText.Normalize(
                    $"{member.Name} {member.Headline} {string.Join(' ', member.Expertise)} {(active ? organisation!.Name : "")}"),
            });
            if (organisation is not null)
            {
                var requested = member.JoinRequestPending ? now.AddDays(-3) : Max(onboarded, organisation.CreatedAtUtc).AddHours(1);
                db.OrganisationMemberships.Add(new OrganisationMembership
                {
                    // The organisation's key is still a temporary value here; SaveChanges puts the real one in.
                    OrganisationId = db.Entry(organisation).Property(o => o.Id).CurrentValue,
                    UserId = user.Id,
                    IsAdmin = member.OrganisationAdmin,
                    Status = active ? OrganisationMembershipStatus.Active : OrganisationMembershipStatus.Pending,
                    RequestedAtUtc = requested,
                    DecidedAtUtc = active ? (member.OrganisationAdmin ? requested : requested.AddDays(1)) : null,
                });
            }
        }

        foreach (var (email, name, joinedDaysAgo) in DemoMembers.NotOnboarded)
        {
            AddUser(email, name, joinedDaysAgo, role: null);
        }

        await db.SaveChangesAsync(ct); // projects refer to organisations by their real keys
        AddProjects(db, organisations.ToDictionary(o => o.Key, o => o.Value.Id), userIds, now);
        await db.SaveChangesAsync(ct);
        await AddProposalsAsync(db, userIds, now, ct);
        await DemoNews.AddAsync(db, userIds, markdown, now, ct);
        await DemoEvents.AddAsync(db, userIds, markdown, now, ct);
        await DemoSessions.SeedAsync(db, userIds, now, ct); // after the demo events: fills the open session room
        await transaction.CommitAsync(ct);
        return true;
    }

    private void AddProjects(ClimateDbContext db, Dictionary<string, int> organisationIds, Dictionary<string, string> userIds, DateTimeOffset now)
    {
        var organisationNames = organisationIds.ToDictionary(o => o.Value, o => o.Key);
        foreach (var p in DemoProjects.All)
        {
            var created = now.AddDays(-p.CreatedDaysAgo);
            var project = new Project
            {
                CreationId = Guid.NewGuid(),
                Title = p.Title,
                Summary = p.Summary,
                Description = p.Description,
                DescriptionHtml = markdown.Render(p.Description),
                Themes = [.. p.Themes],
                Countries = [.. p.Countries.OrderBy(Countries.DisplayOrder).ThenBy(c => c, StringComparer.Ordinal)],
                Regions = [.. p.Regions],
                Stage = p.Stage,
                Status = p.Status,
                LeadOrganisationId = organisationIds[p.Lead],
                PartnerOrganisationIds = [.. p.Partners.Select(name => organisationIds[name])],
                ContactMemberIds = [.. p.Contacts.Select(email => userIds[email])],
                StartDate = p.StartDate,
                EndDate = p.EndDate,
                Links = [.. p.Links],
                LookingFor = p.LookingFor,
                Impact = [.. p.Impact.OrderBy(f => f.Kind)],
                FollowerCount = p.Followers.Length,
                CreatedByUserId = userIds[p.Contacts[0]],
                CreatedAtUtc = created,
                UpdatedAtUtc = now.AddDays(-p.UpdatedDaysAgo),
                PublishedAtUtc = p.Status == ProjectStatus.Draft ? null : created.AddDays(2),
            };
            project.SearchText = ProjectSearchText.Of(
                project.Title, project.Summary, project.PartnerOrganisationIds.Prepend(project.LeadOrganisationId).Select(id => organisationNames[id]));
            db.Projects.Add(project);
            foreach (var (email, i) in p.Followers.Select((e, i) => (e, i)))
            {
                db.ProjectFollowers.Add(new ProjectFollower
                {
                    // The project's key is still a temporary value here; SaveChanges puts the real one in.
                    ProjectId = db.Entry(project).Property(x => x.Id).CurrentValue,
                    UserId = userIds[email],
                    FollowedAtUtc = project.PublishedAtUtc!.Value.AddDays(1 + (i * 3)),
                });
            }
        }
    }

    /// <summary>Each proposal is saved first, then its comments, then its replies: they refer to each other's real keys.</summary>
    private async Task AddProposalsAsync(ClimateDbContext db, Dictionary<string, string> userIds, DateTimeOffset now, CancellationToken ct)
    {
        var projectIds = await db.Projects.ToDictionaryAsync(p => p.Title, p => p.Id, ct);
        var members = DemoMembers.All.ToDictionary(m => m.Email);
        foreach (var p in DemoProposals.All)
        {
            var created = now.AddDays(-p.CreatedDaysAgo);
            var commentTimes = p.Comments.Select(c => created.AddHours(c.HoursAfter));
            var interestTimes = p.Interests.Select(i => created.AddDays(i.DaysAfter));
            var proposal = new Proposal
            {
                CreationId = Guid.NewGuid(),
                AuthorId = userIds[p.Author],
                AuthorCountryCode = members[p.Author].Country,
                Title = p.Title,
                Summary = p.Summary,
                Body = p.Body,
                BodyHtml = markdown.Render(p.Body),
                Offer = p.Offer,
                Seek = p.Seek,
                SoughtActorTypes = [.. p.SoughtActorTypes.Order()],
                SoughtCountries = [.. p.SoughtCountries.OrderBy(Countries.DisplayOrder).ThenBy(c => c, StringComparer.Ordinal)],
                Themes = [.. p.Themes.Order()],
                Countries = [.. p.Countries.OrderBy(Countries.DisplayOrder).ThenBy(c => c, StringComparer.Ordinal)],
                LinkedProjectId = p.LinkedProject is { } project ? projectIds[project] : null,
                FundingCallName = p.FundingCall?.Name,
                FundingCallUrl = p.FundingCall?.Url,
                FundingCallDeadlineUtc = p.FundingCall is { } call ? BrusselsTime.ToUtc(BrusselsTime.FromUtc(now).Date.AddDays(call.DeadlineDaysAhead).AddHours(17)) : null,
                Status = p.Status,
                CommentCount = p.Comments.Length,
                InterestCount = p.Interests.Length,
                CreatedAtUtc = created,
                UpdatedAtUtc = created.AddHours(2),
                LastActivityAtUtc = commentTimes.Concat(interestTimes).Append(created).Max(),
                SearchText = SearchText.Normalize($"{p.Title} {p.Summary} {p.Offer} {p.Seek}"),
            };
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync(ct);

            var comments = new Comment?[p.Comments.Length];
            foreach (var pass in new[] { false, true })
            {
                foreach (var (c, i) in p.Comments.Select((c, i) => (c, i)).Where(x => (x.c.ReplyTo is not null) == pass))
                {
                    var body = MentionPattern().Replace(c.Body, m => Mentions.Markdown(members[m.Groups[1].Value].Name, userIds[m.Groups[1].Value]));
                    var comment = new Comment
                    {
                        ProposalId = proposal.Id,
                        AuthorId = userIds[c.Author],
                        ParentId = c.ReplyTo is { } parent ? comments[parent]!.Id : null,
                        ClientId = Guid.NewGuid(),
                        Body = body,
                        BodyHtml = markdown.Render(body),
                        BodyHash = CommentHash.Of(body),
                        CreatedAtUtc = created.AddHours(c.HoursAfter),
                    };
                    comments[i] = comment;
                    db.Comments.Add(comment);
                }

                await db.SaveChangesAsync(ct);
            }

            foreach (var (c, i) in p.Comments.Select((c, i) => (c, i)))
            {
                foreach (var (member, kind) in c.Reactions ?? [])
                {
                    db.CommentReactions.Add(new CommentReaction { CommentId = comments[i]!.Id, UserId = userIds[member], Kind = kind, ReactedAtUtc = comments[i]!.CreatedAtUtc.AddHours(1) });
                }
            }

            foreach (var interest in p.Interests)
            {
                var expressed = created.AddDays(interest.DaysAfter);
                db.Interests.Add(new Interest
                {
                    ProposalId = proposal.Id,
                    UserId = userIds[interest.Member],
                    Message = interest.Message,
                    Status = interest.Status,
                    CreatedAtUtc = expressed,
                    DecidedAtUtc = interest.Status == InterestStatus.Pending ? null : expressed.AddDays(1),
                });
            }

            // Authors, commenters and interested members follow, as the services make them.
            var followers = p.Comments.Select(c => (c.Author, created.AddHours(c.HoursAfter)))
                .Concat(p.Interests.Select(i => (Author: i.Member, created.AddDays(i.DaysAfter))))
                .Prepend((p.Author, created))
                .GroupBy(f => f.Item1, f => f.Item2);
            foreach (var follower in followers)
            {
                db.ProposalFollowers.Add(new ProposalFollower { ProposalId = proposal.Id, UserId = userIds[follower.Key], FollowedAtUtc = follower.Min() });
            }

            await db.SaveChangesAsync(ct);
        }
    }

    [GeneratedRegex(@"\{@([^{}]+)\}")]
    private static partial Regex MentionPattern();

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
