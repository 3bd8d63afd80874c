namespace Complaints.Intake.Domain;

/// <summary>How a complaint reached the landlord; the Code accepts a complaint however it is made.</summary>
internal enum ComplaintChannel
{
    Phone = 1,
    Email,
    Letter,
    Web,
    App,
    SocialMedia,
    LiveChat,
    InPerson,
    MpOrCouncillor,
    Advocate,
}
