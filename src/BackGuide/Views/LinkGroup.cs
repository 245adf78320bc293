namespace BackGuide.Views;

/// <summary>A titled list of links, such as the related pages' "Exercises to try" and "Read more".</summary>
public sealed record LinkGroup(string Title, IReadOnlyList<LinkView> Items);
