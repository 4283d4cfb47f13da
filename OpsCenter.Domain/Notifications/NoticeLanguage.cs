namespace OpsCenter.Domain.Notifications;

/// <summary>
/// The language a person reads their mail and LINE messages in. Thai (the default, and every citizen's) is the Thai
/// message with its English below it; English is the English message alone.
/// </summary>
public enum NoticeLanguage
{
    Thai = 0,
    English = 1,
}
