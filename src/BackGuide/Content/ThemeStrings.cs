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
        ("back_to_top", "Back to the top"),
        ("please_note", "Please note:"),
        ("last_updated", "Last updated"),
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
        ("quick_avoid_text", "Movements that can make it worse"),
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
        ("filter_target", "The part it works"),
        ("filter_position", "Where you are"),
        ("equipment_none", "None"),
        ("dose_hold", "Hold"),
        ("dose_reps", "Repetitions"),
        ("dose_sets", "Sets"),
        ("dose_sides", "Sides"),
        ("dose_frequency", "How often"),
        ("avoid_exercises", "Exercises to avoid"),
        ("avoid_everyday", "Everyday movements to avoid"),
        ("cards_title", "Exercise cards"),
        ("print_title", "The whole guide, to print"),
        ("filters_label", "Filter the exercises"),
        ("filters_intro", "Show only the exercises that suit you:"),
        ("filters_any", "Any"),
        ("filters_reset", "Show all"),
        ("routine_add", "Add to my routine"),
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
        ("page_count_one", "1 page"),
        ("page_count", "{count} pages"),
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

    /// <summary>How many pages there are, worded: "1 page", "120 pages".</summary>
    public static string PageCount(IReadOnlyDictionary<string, string> strings, int count) =>
        count == 1 ? strings["page_count_one"] : strings["page_count"].Replace("{count}", count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The names, for checking site.yml's keys.</summary>
    public static IEnumerable<string> Names => Defaults.Select(d => d.Name);

    /// <summary>The defaults with <paramref name="overrides"/> (site.yml's <c>strings:</c>) laid over them, in a fixed order.</summary>
    public static Dictionary<string, string> With(IReadOnlyDictionary<string, string> overrides)
    {
        var strings = new Dictionary<string, string>(Defaults.Count, StringComparer.Ordinal);
        foreach (var (name, text) in Defaults)
        {
            strings[name] = overrides.TryGetValue(name, out var own) ? own : text;
        }
        return strings;
    }

    /// <summary>The defaults alone, for a site without site.yml.</summary>
    public static readonly IReadOnlyDictionary<string, string> English = With(new Dictionary<string, string>());
}
