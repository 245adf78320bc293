using System.Globalization;

namespace BackGuide.Content;

/// <summary>
/// Every piece of wording the theme shows that a guide may change (labels, headings, hints), by the name templates use
/// (<c>{{ strings.how_much }}</c>), with its English default. A guide sets its own in site.yml's <c>strings:</c>, so it can
/// speak of knees rather than backs, or be written in another language. theme/README.md lists them for designers.
/// </summary>
public static class ThemeStrings
{
    /// <summary>The names and defaults, in the order theme/README.md lists them. Defaults say nothing about any one part of the body.</summary>
    public static readonly IReadOnlyList<(string Name, string Default)> Defaults =
    [
        ("home", "Home"),
        ("exercises", "Exercises"),
        ("self_care", "Self-care"),
        ("skip_link", "Skip to the content"),
        ("nav_label", "Sections"),
        ("breadcrumbs_label", "Breadcrumbs"),
        ("pager_label", "Previous and next"),
        ("facets_label", "Find exercises"),
        ("home_tiles_label", "Everything in the guide"),
        ("back_to_top", "Back to the top"),
        ("please_note", "Please note:"),
        ("last_updated", "Last updated"),
        ("date_format", "{day} {month} {year}"),
        ("month_january", "January"),
        ("month_february", "February"),
        ("month_march", "March"),
        ("month_april", "April"),
        ("month_may", "May"),
        ("month_june", "June"),
        ("month_july", "July"),
        ("month_august", "August"),
        ("month_september", "September"),
        ("month_october", "October"),
        ("month_november", "November"),
        ("month_december", "December"),
        ("draft", "Draft: not published until 'draft: true' is taken out."),
        ("stop_rule", "Stop rule:"),
        ("stop_rule_more", "More on"),
        ("stop_rule_link_before", "the"),
        ("stop_rule_link_after", "page"),
        ("stop_rule_warning_signs", "Warning signs:"),
        ("stop_rule_emergency", "in an emergency, call"),
        ("search_label", "Search the guide"),
        ("search_placeholder", "Search this guide…"),
        ("search_button", "Search"),
        ("search_results_label", "Matching pages"),
        ("search_title", "Search"),
        ("search_words", "Words to look for"),
        ("search_did_you_mean", "Did you mean"),
        ("search_prompt", "Type what you are looking for."),
        ("search_hint", "Try fewer words, or a plainer word for what you are looking for."),
        ("search_browse", "Or browse the guide:"),
        ("search_needs_script", "Search needs JavaScript, which is turned off. Browse the sections above instead."),
        ("search_avoid", "Movement to avoid."),
        ("search_all_results", "All {n} results for \u201c{query}\u201d"),
        ("search_box_none", "No pages match \u201c{query}\u201d. See suggestions"),
        ("search_box_count_one", "{n} result. Use the up and down arrows to choose."),
        ("search_box_count_other", "{n} results. Use the up and down arrows to choose."),
        ("search_box_no_results", "No results."),
        ("search_box_failed", "Search could not be loaded. Press Enter to go to the search page."),
        ("search_count_one", "{n} page matches \u201c{query}\u201d."),
        ("search_count_other", "{n} pages match \u201c{query}\u201d."),
        ("search_corrected_one", "Showing results for {searched} (you typed \u201c{query}\u201d): {n} page matches."),
        ("search_corrected_other", "Showing results for {searched} (you typed \u201c{query}\u201d): {n} pages match."),
        ("search_none", "No pages match \u201c{query}\u201d."),
        ("search_failed", "Search could not be loaded: search-index.js is missing next to this page."),
        ("avoid_exercise", "Avoid this exercise."),
        ("avoid_movement", "Avoid this movement."),
        ("do_this_instead", "Do this instead:"),
        ("movement_to_avoid", "Movement to avoid"),
        ("movements_to_avoid", "Movements to avoid"),
        ("avoid_menu", "Avoid these"),
        ("cards_menu", "Cards"),
        ("avoid_summary", "These movements can make things worse. Each one says why, and what to do instead."),
        ("avoid_description", "Movements that can make things worse, why, and what to do instead."),
        ("avoid_why", "Why:"),
        ("card_avoid", "Avoid:"),
        ("card_instead", "— do this instead:"),
        ("position", "Position"),
        ("equipment", "Equipment"),
        ("difficulty", "Difficulty"),
        ("works", "Works"),
        ("how_much", "How much"),
        ("steps", "Steps"),
        ("take_care", "Take care"),
        ("related", "Related"),
        ("exercises_to_try", "Exercises to try"),
        ("read_more", "Read more"),
        ("safer_choice", "A safer choice instead of"),
        ("see_all", "See all"),
        ("avoid_link", "movements to avoid"),
        ("previous", "Previous"),
        ("next", "Next"),
        ("on_this_page", "On this page"),
        ("by_target", "By the part it works"),
        ("by_position", "By where you are"),
        ("quick_start", "Start here"),
        ("quick_safety", "Safety first"),
        ("quick_safety_text", "The stop rule, before you begin"),
        ("quick_doctor", "When to see a doctor"),
        ("quick_doctor_text", "Signs that need help today"),
        ("quick_exercises_text", "All of them, and filters"),
        ("quick_avoid_text", "Movements to leave out for now, and what to do instead"),
        ("quick_cards", "Print cards"),
        ("quick_cards_text", "One exercise a card"),
        ("category_stretch", "Stretch"),
        ("category_strengthen", "Strengthen"),
        ("category_mobility", "Mobility"),
        ("category_relax", "Relax"),
        ("group_stretch", "Stretches"),
        ("group_strengthen", "Strengthening"),
        ("group_mobility", "Mobility"),
        ("group_relax", "Relaxation"),
        ("position_lying", "Lying"),
        ("position_kneeling", "Kneeling"),
        ("position_seated", "Seated"),
        ("position_standing", "Standing"),
        ("facet_lying", "Exercises lying down"),
        ("facet_kneeling", "Exercises on your hands and knees"),
        ("facet_seated", "Exercises sitting down"),
        ("facet_standing", "Exercises standing up"),
        ("facet_target", "Exercises for the {target}"),
        ("facet_summary", "{exercises} from this guide."),
        ("facet_summary_avoid", "{exercises} from this guide, and {movements} to avoid."),
        ("count_exercises_one", "{n} exercise"),
        ("count_exercises_other", "{n} exercises"),
        ("count_movements_one", "{n} movement"),
        ("count_movements_other", "{n} movements"),
        ("filter_target", "The part it works"),
        ("filter_position", "Where you are"),
        ("equipment_none", "None"),
        ("difficulty_easy", "Easy"),
        ("difficulty_moderate", "Moderate"),
        ("difficulty_hard", "Hard"),
        ("dose_hold", "Hold"),
        ("dose_reps", "Repetitions"),
        ("dose_sets", "Sets"),
        ("dose_sides", "Sides"),
        ("dose_frequency", "How often"),
        ("avoid_exercises", "Exercises to avoid"),
        ("avoid_everyday", "Everyday movements to avoid"),
        ("cards_title", "Exercise cards"),
        ("cards_summary", "One card per exercise, {n} in all. Printed, they come four to a sheet: cut along the dashed lines. On A4 paper each card is A6 (105 \u00d7 148 mm); on US Letter, 105 \u00d7 139.5 mm."),
        ("cards_only", "Showing the cards of your routine only."),
        ("cards_show_all", "Show all cards"),
        ("cards_print", "Print these cards"),
        ("cards_unknown_one", "There is no card called {names}."),
        ("cards_unknown_other", "There are no cards called {names}."),
        ("cards_unknown_name", "\u201c{slug}\u201d"),
        ("cards_unknown_near", "\u201c{slug}\u201d (did you mean \u201c{near}\u201d?)"),
        ("cards_unknown_all", "Showing all the cards."),
        ("cards_unknown_others", "Showing the others."),
        ("card_heading", "{title}: exercise card"),
        ("card_print", "Print this card"),
        ("card_full_page", "The full page"),
        ("card_all", "All cards"),
        ("print_title", "The whole guide, to print"),
        ("print_intro", "This is the whole guide on one page, to print or to save as a PDF (Ctrl+P or \u2318P). Each part starts on a new sheet."),
        ("print_contents", "Contents"),
        ("print_toc_note", "Each part and page carries its number on paper too. Each entry is a link, in the page and in a PDF saved from it."),
        ("filters_label", "Filter the exercises"),
        ("filters_intro", "Show only the exercises that suit you:"),
        ("filters_any", "Any"),
        ("filters_reset", "Show all"),
        ("filters_none", "No exercise matches all of these. Try setting one of them back to \"Any\"."),
        ("filters_showing", "Showing {shown} of {total}."),
        ("routine_add", "Add to my routine"),
        ("routine_remove", "In my routine (remove)"),
        ("routine_count_one", "My routine: {n} exercise"),
        ("routine_count_other", "My routine: {n} exercises"),
        ("routine_cleared", "Your routine is cleared."),
        ("routine_empty", "My routine: 0 exercises"),
        ("routine_print", "Print my routine"),
        ("routine_clear", "Clear"),
        ("routine_undo", "Undo"),
        ("contacts_label", "Who to call"),
        ("contacts_emergency", "Emergency:"),
        ("contacts_emergency_text", "For any sign in the first list below. Call"),
        ("contacts_emergency_after", "Do not drive yourself."),
        ("contacts_urgent", "Urgent, the same day:"),
        ("contacts_urgent_text", "For any sign in the second list below. Call"),
        ("print_this_page", "To print: this page (Ctrl+P or ⌘P)"),
        ("print_cards", "exercise cards"),
        ("print_or", "or"),
        ("print_whole_guide", "the whole guide"),
        ("print_this_card", "this exercise's card"),
        ("card_print_alone", "Print this card alone"),
        ("page_count_one", "{n} page"),
        ("page_count_other", "{n} pages"),
        ("print_in_parts", "This guide is too long to print as one document. Print it part by part: each part opens as a document of its own, to print or to save as a PDF."),
        ("print_part_title", "{part}, to print"),
        ("print_volume", "{part} ({number} of {count})"),
        ("print_one_part", "This is one part of the guide, to print or to save as a PDF (Ctrl+P or ⌘P). Each part starts on a new sheet."),
        ("print_all_parts", "Every part of the guide, to print"),
        ("not_found_title", "Page not found"),
        ("not_found_text", "There is no page at this address. It may have moved."),
        ("not_found_home", "Go to the start of the guide"),
        ("not_found_search", "search it"),
    ];

    /// <summary>The wording of one value of a vocabulary ("position", "lying" → "Lying"), or the value capitalised when the theme has none.</summary>
    public static string Label(IReadOnlyDictionary<string, string> strings, string vocabulary, string value) =>
        strings.TryGetValue(vocabulary + "_" + value, out var label) ? label : value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];

    /// <summary>The names, for checking site.yml's keys.</summary>
    public static IEnumerable<string> Names => Defaults.Select(d => d.Name);

    /// <summary>
    /// The names the browser scripts (theme/assets/*.js) show, which the layout hands them as one JSON island
    /// (<c>script_strings</c>); the rest stay out of it, so each page carries only these.
    /// </summary>
    public static readonly IReadOnlyList<string> ForScripts =
    [
        "do_this_instead", "print_or", "search_prompt", "search_avoid", "search_all_results", "search_box_none", "search_box_count_one",
        "search_box_count_other", "search_box_no_results", "search_box_failed", "search_count_one", "search_count_other",
        "search_corrected_one", "search_corrected_other", "search_none", "search_failed", "filters_none", "filters_showing",
        "routine_add", "routine_remove", "routine_count_one", "routine_count_other", "routine_cleared", "cards_unknown_one",
        "cards_unknown_other", "cards_unknown_name", "cards_unknown_near", "cards_unknown_all", "cards_unknown_others",
    ];

    /// <summary>
    /// The defaults with <paramref name="overrides"/> (site.yml's <c>strings:</c>) laid over them, in a fixed order. The
    /// dates' wording defaults to <paramref name="language"/>'s where <see cref="ReadableDates"/> knows it.
    /// </summary>
    public static Dictionary<string, string> With(IReadOnlyDictionary<string, string> overrides, string language = "en")
    {
        var dates = ReadableDates.DefaultsFor(language);
        var strings = new Dictionary<string, string>(Defaults.Count, StringComparer.Ordinal);
        foreach (var (name, text) in Defaults)
        {
            strings[name] = overrides.TryGetValue(name, out var own) ? own : dates.TryGetValue(name, out var dated) ? dated : text;
        }
        return strings;
    }

    /// <summary>The defaults alone, for a site without site.yml.</summary>
    public static readonly IReadOnlyDictionary<string, string> English = With(new Dictionary<string, string>());

    /// <summary>
    /// A count in words: <c>NAME_one</c> or <c>NAME_other</c> ("{n} exercise", "{n} exercises") with <c>{n}</c> filled in.
    /// The singular is for 1, and for 0 too in the languages that say so (French, Portuguese); languages without plurals
    /// (Chinese, Japanese, Korean…) always take <c>_other</c>. The browser scripts choose alike, by the page's language.
    /// </summary>
    public static string Count(IReadOnlyDictionary<string, string> strings, string language, string name, int n) =>
        strings[name + (IsSingular(language, n) ? "_one" : "_other")].Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static bool IsSingular(string language, int n) => language.Split('-', '_')[0].ToLowerInvariant() switch
    {
        "fr" or "pt" => n is 0 or 1,
        "zh" or "ja" or "ko" or "vi" or "th" or "id" or "ms" => false,
        _ => n == 1,
    };
}
