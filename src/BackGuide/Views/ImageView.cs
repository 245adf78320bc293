namespace BackGuide.Views;

/// <summary>A picture as a template shows it: <c>&lt;img src alt width height loading&gt;</c> in a figure with its caption.</summary>
/// <param name="Src">Its URL, relative to the page that shows it.</param>
/// <param name="Alt">What it shows, in words.</param>
/// <param name="Caption">Its caption ("Start"), or null.</param>
/// <param name="Width">Its width in pixels (an SVG's viewBox width), so the page keeps its place while it loads.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="LineArt">True for SVG line art, which dark mode turns light; photos are shown as they are.</param>
/// <param name="Loading">"lazy" for a picture below the fold, "eager" for one that shows at once or is printed.</param>
public sealed record ImageView(string Src, string Alt, string? Caption, int Width, int Height, bool LineArt, string Loading);
