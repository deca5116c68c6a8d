namespace BeneluxClimate.Domain.Notifications;

/// <summary>The bell: how many are unread, the newest notifications, and the member's topic number they reflect.</summary>
public sealed record NotificationInbox(int Unread, IReadOnlyList<NotificationView> Newest, long Sequence);
