using System.Text;

namespace OpsCenter.Domain.Catalog.Interop;

/// <summary>
/// Recursive descent over Solr's query syntax, one token of look-ahead and no backtracking, so its work is linear in the
/// text; nesting and clause counts are capped like Solr's maxBooleanClauses. Juxtaposed clauses are AND-ed (CKAN's
/// schema sets defaultOperator AND) and OR binds tighter than that, because ckanext-harvest writes
/// <c>organization:a OR organization:b metadata_modified:[… TO *]</c> meaning "(a or b) and changed since".
/// </summary>
public sealed class CkanQueryParser
{
    public const int MaxDepth = 32;
    public const int MaxClauses = 1024;

    private readonly string _text;
    private int _position;
    private int _clauses;
    private Token? _peeked;
    private bool _afterField;

    private CkanQueryParser(string text) => _text = text;

    private enum Kind { End, Open, Close, And, Or, Not, Must, Field, Word, Phrase, Range }

    private sealed record Token(Kind Kind, string Text = "", string? Low = null, string? High = null, bool LowInclusive = true, bool HighInclusive = true);

    /// <summary>Null for an empty expression (matches everything).</summary>
    public static CkanClause? Parse(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return null;
        }

        var parser = new CkanQueryParser(expression);
        var clause = parser.ParseAll(null, 0);
        if (parser.Peek().Kind != Kind.End)
        {
            throw new CkanQueryException($"Unexpected '{parser.Peek().Text}' at position {parser._position}");
        }

        return clause;
    }

    private CkanClause ParseAll(string? field, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new CkanQueryException($"Nested deeper than {MaxDepth} levels");
        }

        var all = new List<CkanClause>();
        while (Peek().Kind is not (Kind.End or Kind.Close))
        {
            if (Peek().Kind == Kind.And)
            {
                Next();
                continue;
            }

            all.Add(ParseAny(field, depth));
        }

        if (all.Count == 0)
        {
            throw new CkanQueryException("Empty expression");
        }

        return all.Count == 1 ? all[0] : new CkanAll(all);
    }

    private CkanClause ParseAny(string? field, int depth)
    {
        var any = new List<CkanClause> { ParseUnary(field, depth) };
        while (Peek().Kind == Kind.Or)
        {
            Next();
            any.Add(ParseUnary(field, depth));
        }

        return any.Count == 1 ? any[0] : new CkanAny(any);
    }

    private CkanClause ParseUnary(string? field, int depth)
    {
        var token = Peek();
        if (token.Kind == Kind.Not)
        {
            Next();
            return new CkanNot(ParseUnary(field, depth + 1));
        }

        if (token.Kind == Kind.Must)
        {
            Next();
            return ParseUnary(field, depth + 1);
        }

        return ParsePrimary(field, depth);
    }

    private CkanClause ParsePrimary(string? field, int depth)
    {
        if (++_clauses > MaxClauses)
        {
            throw new CkanQueryException($"Too many clauses (at most {MaxClauses})");
        }

        var token = Next();
        switch (token.Kind)
        {
            case Kind.Open:
                var inner = ParseAll(field, depth + 1);
                Expect(Kind.Close);
                return inner;
            case Kind.Field:
                return ParseFieldValue(token.Text, depth);
            case Kind.Phrase:
                return new CkanTerm(field, token.Text, Phrase: true);
            case Kind.Word when token.Text is "*:*" || (token.Text == "*" && field is null):
                return new CkanMatchAll();
            case Kind.Word:
                return new CkanTerm(field, token.Text, Phrase: false);
            default:
                throw new CkanQueryException(token.Kind == Kind.End ? "Unexpected end of expression" : $"Unexpected '{token.Text}'");
        }
    }

    private CkanClause ParseFieldValue(string field, int depth)
    {
        var value = Peek();
        switch (value.Kind)
        {
            case Kind.Open:
                Next();
                var inner = ParseAll(field, depth + 1);
                Expect(Kind.Close);
                return inner;
            case Kind.Range:
                Next();
                return new CkanRange(field, value.Low, value.High, value.LowInclusive, value.HighInclusive);
            case Kind.Phrase or Kind.Word:
                Next();
                return new CkanTerm(field, value.Text, value.Kind == Kind.Phrase);
            default:
                throw new CkanQueryException($"Field {field} has no value");
        }
    }

    private void Expect(Kind kind)
    {
        if (Next().Kind != kind)
        {
            throw new CkanQueryException("Unbalanced parentheses");
        }
    }

    private Token Peek() => _peeked ??= Read();

    private Token Next()
    {
        var token = Peek();
        _peeked = null;
        return token;
    }

    private Token Read()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        if (_position >= _text.Length)
        {
            return new Token(Kind.End);
        }

        var c = _text[_position];
        var valuePosition = _afterField;
        _afterField = false;

        switch (c)
        {
            case '(':
                _position++;
                return new Token(Kind.Open, "(");
            case ')':
                _position++;
                return new Token(Kind.Close, ")");
            case '+':
                _position++;
                return new Token(Kind.Must, "+");
            case '-' or '!':
                _position++;
                return new Token(Kind.Not, c.ToString());
            case '"':
                return new Token(Kind.Phrase, ReadQuoted());
            case '[' or '{':
                return ReadRange();
        }

        var word = ReadWord(allowField: !valuePosition, out var endsField);
        _afterField = endsField;
        if (endsField)
        {
            return new Token(Kind.Field, word);
        }

        return word switch
        {
            "AND" or "&&" => new Token(Kind.And, word),
            "OR" or "||" => new Token(Kind.Or, word),
            "NOT" => new Token(Kind.Not, word),
            _ => new Token(Kind.Word, word),
        };
    }

    private string ReadWord(bool allowField, out bool endsField)
    {
        var word = new StringBuilder();
        endsField = false;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '"' || (word.Length > 0 && c is '[' or '{'))
            {
                break;
            }

            if (c == '\\' && _position + 1 < _text.Length)
            {
                word.Append(_text[_position + 1]);
                _position += 2;
                continue;
            }

            // "*:*" is one word; a field name is letters, digits and _ before the colon; any other colon (in a timestamp
            // or a URL) is part of the value.
            if (c == ':' && allowField)
            {
                if (IsFieldName(word))
                {
                    _position++;
                    endsField = true;
                    return word.ToString();
                }

                // The colon joins the word, so no longer prefix of it can be a field name: checking again would be quadratic.
                allowField = false;
            }

            word.Append(c);
            _position++;
        }

        return word.ToString();
    }

    private string ReadQuoted()
    {
        var text = new StringBuilder();
        _position++;
        while (_position < _text.Length && _text[_position] != '"')
        {
            if (_text[_position] == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }

            text.Append(_text[_position++]);
        }

        if (_position >= _text.Length)
        {
            throw new CkanQueryException("Unterminated quoted phrase");
        }

        _position++;
        return text.ToString();
    }

    private Token ReadRange()
    {
        var lowInclusive = _text[_position++] == '[';
        var end = _text.IndexOfAny([']', '}'], _position);
        if (end < 0)
        {
            throw new CkanQueryException("Unterminated range");
        }

        var parts = _text[_position..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var highInclusive = _text[end] == ']';
        _position = end + 1;
        if (parts.Length != 3 || parts[1] != "TO")
        {
            throw new CkanQueryException("A range is [low TO high]");
        }

        return new Token(Kind.Range, "", Bound(parts[0]), Bound(parts[2]), lowInclusive, highInclusive);
    }

    private static string? Bound(string text) => text == "*" ? null : text.Trim('"');

    private static bool IsFieldName(StringBuilder word)
    {
        if (word.Length == 0 || !(char.IsAsciiLetter(word[0]) || word[0] == '_'))
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(word[i]) || word[i] is '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
