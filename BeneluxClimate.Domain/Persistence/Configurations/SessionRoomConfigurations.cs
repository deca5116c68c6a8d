using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Gatherings.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BeneluxClimate.Domain.Persistence.Configurations;

// The session room's tables: questions, upvotes, polls, ballots, votes, chat and room entries. No foreign keys to
// authors: what was said stays when an account is deleted and shows as a former member.
internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> question)
    {
        question.ToTable("SessionQuestions");
        question.Property(q => q.AuthorId).HasMaxLength(450);
        question.Property(q => q.Text).HasMaxLength(Question.TextMaxLength);
        question.HasOne<Gathering>().WithMany().HasForeignKey(q => q.GatheringId).OnDelete(DeleteBehavior.Cascade);
        question.HasIndex(q => new { q.AuthorId, q.ClientId }).IsUnique(); // a retried send stores one question
        question.HasIndex(q => new { q.GatheringId, q.UpvoteCount, q.CreatedAtUtc });
    }
}

internal sealed class QuestionUpvoteConfiguration : IEntityTypeConfiguration<QuestionUpvote>
{
    public void Configure(EntityTypeBuilder<QuestionUpvote> upvote)
    {
        upvote.ToTable("SessionQuestionUpvotes");
        upvote.Property(u => u.MemberId).HasMaxLength(450);
        upvote.HasOne<Question>().WithMany().HasForeignKey(u => u.QuestionId).OnDelete(DeleteBehavior.Cascade);
        upvote.HasIndex(u => new { u.QuestionId, u.MemberId }).IsUnique(); // one upvote per attendee
        upvote.HasIndex(u => u.MemberId);
    }
}

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> poll)
    {
        poll.ToTable("SessionPolls");
        poll.Property(p => p.CreatedById).HasMaxLength(450);
        poll.Property(p => p.Question).HasMaxLength(Poll.QuestionMaxLength);
        poll.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        poll.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        poll.HasOne<Gathering>().WithMany().HasForeignKey(p => p.GatheringId).OnDelete(DeleteBehavior.Cascade);
        poll.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.PollId).OnDelete(DeleteBehavior.Cascade);
        poll.HasIndex(p => new { p.CreatedById, p.ClientId }).IsUnique();
        poll.HasIndex(p => new { p.GatheringId, p.Id });
    }
}

internal sealed class PollOptionConfiguration : IEntityTypeConfiguration<PollOption>
{
    public void Configure(EntityTypeBuilder<PollOption> option)
    {
        option.ToTable("SessionPollOptions");
        option.Property(o => o.Text).HasMaxLength(PollOption.TextMaxLength);
        option.HasIndex(o => new { o.PollId, o.Position }).IsUnique();
    }
}

internal sealed class PollBallotConfiguration : IEntityTypeConfiguration<PollBallot>
{
    public void Configure(EntityTypeBuilder<PollBallot> ballot)
    {
        ballot.ToTable("SessionPollBallots");
        ballot.Property(b => b.MemberId).HasMaxLength(450);
        ballot.HasOne<Poll>().WithMany().HasForeignKey(b => b.PollId).OnDelete(DeleteBehavior.Cascade);
        ballot.HasIndex(b => new { b.PollId, b.MemberId }).IsUnique(); // one vote per attendee
    }
}

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> vote)
    {
        vote.ToTable("SessionPollVotes");
        vote.Property(v => v.MemberId).HasMaxLength(450);
        vote.HasOne<Poll>().WithMany().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
        vote.HasOne<PollOption>().WithMany().HasForeignKey(v => v.OptionId).OnDelete(DeleteBehavior.Restrict);
        vote.HasIndex(v => new { v.PollId, v.MemberId, v.OptionId }).IsUnique();
        vote.HasIndex(v => v.OptionId);
    }
}

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> message)
    {
        message.ToTable("SessionChatMessages");
        message.Property(m => m.AuthorId).HasMaxLength(450);
        message.Property(m => m.Text).HasMaxLength(ChatMessage.TextMaxLength);
        message.HasOne<Gathering>().WithMany().HasForeignKey(m => m.GatheringId).OnDelete(DeleteBehavior.Cascade);
        message.HasIndex(m => new { m.AuthorId, m.ClientId }).IsUnique(); // a retried send stores one message
        message.HasIndex(m => new { m.GatheringId, m.Id });
        message.HasIndex(m => new { m.AuthorId, m.CreatedAtUtc });
    }
}

internal sealed class RoomEntryConfiguration : IEntityTypeConfiguration<RoomEntry>
{
    public void Configure(EntityTypeBuilder<RoomEntry> entry)
    {
        entry.ToTable("SessionRoomEntries");
        entry.Property(e => e.MemberId).HasMaxLength(450);
        entry.HasOne<Gathering>().WithMany().HasForeignKey(e => e.GatheringId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.GatheringId, e.MemberId }).IsUnique(); // attendance counts people, not visits
    }
}
