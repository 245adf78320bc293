namespace BackGuide.Views;

/// <summary>An entry of the header's menu (<c>nav</c>): <c>current</c> on the page it names, <c>active</c> anywhere in its section.</summary>
public sealed record MenuItem(string Title, string Url, bool Current, bool Active);
