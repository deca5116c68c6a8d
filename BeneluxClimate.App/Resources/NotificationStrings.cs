namespace BeneluxClimate.App.Resources;

/// <summary>Marker for the notification bell's and notification settings' resources (Resources/NotificationStrings.*.resx).</summary>
public sealed class NotificationStrings;
