namespace BackGuide.Views;

/// <summary>The view of what a particular kind of page shows (a list, the avoid index, a card…), set by the step that makes the page.</summary>
public interface IPageView;
