using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BackGuide.Templates;

/// <summary>
/// A page's typed model as the template's top-level variables: <c>page</c>, <c>site</c>, <c>root</c>… are the model's
/// properties, read through Scriban's member accessor (so renamed as every other member is). Variables a template sets
/// itself (<c>{{ count = 0 }}</c>) live beside them for that render only, and never change the model.
/// </summary>
internal sealed class ModelVariables(object model) : IScriptObject
{
    private ScriptObject? _own;

    public int Count => _own?.Count ?? 0;

    public bool IsReadOnly { get; set; }

    public IEnumerable<string> GetMembers() => _own is null ? [] : _own.GetMembers();

    public bool Contains(string member) => _own?.Contains(member) == true;

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (_own is not null && _own.TryGetValue(context, span, member, out value))
        {
            return true;
        }
        if (context is null)
        {
            value = null;
            return false;
        }
        return context.GetMemberAccessor(model).TryGetValue(context, span, model, member, out value);
    }

    public bool CanWrite(string member) => true;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        _own ??= [];
        return _own.TrySetValue(context, span, member, value, readOnly);
    }

    public bool Remove(string member) => _own?.Remove(member) == true;

    public void SetReadOnly(string member, bool readOnly) => _own?.SetReadOnly(member, readOnly);

    public IScriptObject Clone(bool deep) => new ModelVariables(model) { _own = (ScriptObject?)_own?.Clone(deep) };
}
