using BackGuide.Content;

namespace BackGuide.Views;

/// <summary>
/// <c>contacts</c>: who to call, from site.yml's <c>emergency</c> and <c>urgent</c>, on a page that lists warning signs
/// (<c>warningSigns</c> in its front matter); either may be null when site.yml does not set it.
/// </summary>
public sealed record ContactsView(ContactNumber? Emergency, ContactNumber? Urgent);
