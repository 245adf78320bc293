namespace BackGuide.FrontMatter;

/// <summary>The shape a front-matter value must have.</summary>
public enum FieldType
{
    Text,
    TextList,
    Choice,
    WholeNumber,
    Boolean,
    Date,
    Mapping,
    ReferenceList,
    TextListList,

    /// <summary>Keys of the writer's choosing, each with a text (<c>abdominals: Stomach muscles</c>).</summary>
    TextMap,

    /// <summary>A list of pictures, each a set of keys (<c>src</c>, <c>alt</c>, <c>caption</c>).</summary>
    ImageList,
}
