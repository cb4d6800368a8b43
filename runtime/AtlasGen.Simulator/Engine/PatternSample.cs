using System.Text;
using System.Text.RegularExpressions;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// A short string that a schema's <c>pattern</c> matches, written from the pattern itself: each literal as it stands,
/// each character class or escape as one of its members (a letter, digit or <c>-</c> where it has one), each repeat at its
/// lowest count (lengthened up to a minimum length where a repeat allows it), each alternation its first branch.
/// The result is checked against the pattern; a pattern this reading doesn't follow (look-arounds, back-references, a
/// first branch that can't match) gives null, never a wrong value.
/// </summary>
internal static class PatternSample
{
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A string of at least <paramref name="minLength"/> characters that <paramref name="pattern"/> matches, or null.</summary>
    /// <param name="pattern">An ECMA-262 / .NET regular expression, as OpenAPI's <c>pattern</c>.</param>
    /// <param name="minLength">The schema's <c>minLength</c>, if any.</param>
    /// <param name="maxLength">The schema's <c>maxLength</c>, if any.</param>
    public static string? For(string pattern, int? minLength = null, int? maxLength = null)
    {
        Sequence parsed;
        try
        {
            var reader = new Reader(pattern);
            parsed = reader.Alternation();
            if (!reader.AtEnd)
            {
                return null;
            }
        }
        catch (NotSupportedException)
        {
            return null;
        }

        var sample = new StringBuilder();
        parsed.Write(sample, Math.Max(0, minLength ?? 0));
        var text = sample.ToString();
        return (maxLength is not { } max || text.Length <= max) && Matches(pattern, text) ? text : null;
    }

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, s_matchTimeout);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>A piece of a pattern that writes its sample.</summary>
    private abstract class Node
    {
        /// <summary>Appends the sample, at least <paramref name="wanted"/> characters long where the piece's repeats allow.</summary>
        public abstract void Write(StringBuilder sample, int wanted);
    }

    /// <summary>The first of a group's branches: a sequence of repeated atoms.</summary>
    private sealed class Sequence(List<Repeat> items) : Node
    {
        public override void Write(StringBuilder sample, int wanted)
        {
            var units = items.ConvertAll(item => item.Unit());
            var counts = items.ConvertAll(item => item.Min);
            var length = 0;
            for (var i = 0; i < items.Count; i++)
            {
                length += units[i].Length * counts[i];
            }

            // Lengthen the earliest repeats that allow more until the minimum length is reached.
            for (var i = 0; i < items.Count && length < wanted; i++)
            {
                while (length < wanted && counts[i] < items[i].Max && units[i].Length > 0)
                {
                    counts[i]++;
                    length += units[i].Length;
                }
            }

            for (var i = 0; i < items.Count; i++)
            {
                for (var n = 0; n < counts[i]; n++)
                {
                    sample.Append(units[i]);
                }
            }
        }
    }

    private sealed class Repeat(Node atom, int min, int max)
    {
        public int Min => min;

        public int Max => max;

        /// <summary>One occurrence of the atom.</summary>
        public string Unit()
        {
            var one = new StringBuilder();
            atom.Write(one, 0);
            return one.ToString();
        }
    }

    private sealed class Literal(string text) : Node
    {
        public override void Write(StringBuilder sample, int wanted) => sample.Append(text);
    }

    /// <summary>A character class: the first preferred character it accepts.</summary>
    private sealed class CharacterClass(Func<char, bool> accepts) : Node
    {
        private const string Preferred = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.";

        public override void Write(StringBuilder sample, int wanted)
        {
            foreach (var candidate in Preferred)
            {
                if (accepts(candidate))
                {
                    sample.Append(candidate);
                    return;
                }
            }

            for (var candidate = ' '; candidate < '\u0250'; candidate++)
            {
                if (accepts(candidate))
                {
                    sample.Append(candidate);
                    return;
                }
            }

            throw new NotSupportedException("The class accepts no common character.");
        }
    }

    private sealed class Reader(string pattern)
    {
        private int _position;

        public bool AtEnd => _position >= pattern.Length;

        private char Peek => pattern[_position];

        /// <summary>Branches separated by <c>|</c>, up to the end or a closing parenthesis; the first branch is kept.</summary>
        public Sequence Alternation()
        {
            var first = Branch();
            while (!AtEnd && Peek == '|')
            {
                _position++;
                Branch();
            }

            return first;
        }

        private Sequence Branch()
        {
            var items = new List<Repeat>();
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                if (Peek is '^' or '$')
                {
                    _position++;
                    continue;
                }

                var atom = Atom();
                var (min, max) = Quantifier();
                items.Add(new Repeat(atom, min, max));
            }

            return new Sequence(items);
        }

        private Node Atom()
        {
            var c = pattern[_position++];
            switch (c)
            {
                case '(':
                    if (!AtEnd && Peek == '?')
                    {
                        _position++;
                        if (!AtEnd && Peek == ':')
                        {
                            _position++;
                        }
                        else if (!AtEnd && Peek is '<' or '\'' && _position + 1 < pattern.Length && pattern[_position + 1] is not ('=' or '!'))
                        {
                            var close = Peek == '<' ? '>' : '\'';
                            _position = pattern.IndexOf(close, _position + 1) is var end and >= 0 ? end + 1 : throw new NotSupportedException("An unclosed group name.");
                        }
                        else
                        {
                            throw new NotSupportedException("Look-arounds and inline options are not followed.");
                        }
                    }

                    var group = Alternation();
                    Expect(')');
                    return group;
                case '[':
                    return Class();
                case '.':
                    return new CharacterClass(ch => ch != '\n');
                case '\\':
                    return Escape(inClass: false) is { } single ? new CharacterClass(single) : new Literal(pattern[_position - 1].ToString());
                default:
                    return new Literal(c.ToString());
            }
        }

        private (int Min, int Max) Quantifier()
        {
            if (AtEnd)
            {
                return (1, 1);
            }

            var quantifier = Peek switch
            {
                '?' => (0, 1),
                '*' => (0, int.MaxValue),
                '+' => (1, int.MaxValue),
                '{' => Counted(),
                _ => ((int, int)?)null,
            };
            if (quantifier is not { } result)
            {
                return (1, 1);
            }

            _position++;
            if (!AtEnd && Peek is '?' or '+')
            {
                _position++;
            }

            return result;
        }

        /// <summary><c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>, leaving the reader on the closing brace.</summary>
        private (int, int)? Counted()
        {
            var close = pattern.IndexOf('}', _position);
            if (close < 0)
            {
                return null;
            }

            var parts = pattern.Substring(_position + 1, close - _position - 1).Split(',');
            if (!int.TryParse(parts[0], out var min) || parts.Length > 2)
            {
                return null;
            }

            var max = parts.Length == 1 ? min : parts[1].Length == 0 ? int.MaxValue : int.TryParse(parts[1], out var upper) ? upper : -1;
            if (max < min)
            {
                return null;
            }

            _position = close;
            return (min, max);
        }

        private CharacterClass Class()
        {
            var negated = !AtEnd && Peek == '^';
            if (negated)
            {
                _position++;
            }

            var members = new List<Func<char, bool>>();
            var first = true;
            while (!AtEnd && (Peek != ']' || first))
            {
                first = false;
                var c = pattern[_position++];
                Func<char, bool>? member = null;
                if (c == '\\')
                {
                    member = Escape(inClass: true);
                    if (member is not null)
                    {
                        members.Add(member);
                        continue;
                    }

                    c = pattern[_position - 1];
                }

                if (_position + 1 < pattern.Length && Peek == '-' && pattern[_position + 1] != ']')
                {
                    _position++;
                    var upper = pattern[_position++];
                    if (upper == '\\')
                    {
                        upper = pattern[_position++];
                    }

                    var low = c;
                    members.Add(ch => ch >= low && ch <= upper);
                }
                else
                {
                    var single = c;
                    members.Add(ch => ch == single);
                }
            }

            Expect(']');
            return new CharacterClass(ch => members.Exists(m => m(ch)) != negated);
        }

        /// <summary>
        /// Reads the escape after a backslash: a class escape (<c>\d</c>, <c>\w</c>, <c>\p{L}</c>...) as its test, or null for
        /// an escaped literal, which the caller reads at the previous position.
        /// </summary>
        private Func<char, bool>? Escape(bool inClass)
        {
            if (AtEnd)
            {
                throw new NotSupportedException("A trailing backslash.");
            }

            var c = pattern[_position++];
            switch (c)
            {
                case 'd': return char.IsDigit;
                case 'D': return ch => !char.IsDigit(ch);
                case 'w': return ch => char.IsLetterOrDigit(ch) || ch == '_';
                case 'W': return ch => !(char.IsLetterOrDigit(ch) || ch == '_');
                case 's': return char.IsWhiteSpace;
                case 'S': return ch => !char.IsWhiteSpace(ch);
                case 'p':
                case 'P':
                    var close = pattern.IndexOf('}', _position);
                    if (AtEnd || Peek != '{' || close < 0)
                    {
                        throw new NotSupportedException("A Unicode category without braces.");
                    }

                    var category = pattern.Substring(_position + 1, close - _position - 1);
                    _position = close + 1;
                    Func<char, bool> inCategory = category switch
                    {
                        "L" => char.IsLetter,
                        "N" => char.IsNumber,
                        "Nd" => char.IsDigit,
                        "Lu" => char.IsUpper,
                        "Ll" => char.IsLower,
                        "P" => char.IsPunctuation,
                        _ => throw new NotSupportedException($"The category {category} is not followed."),
                    };
                    return c == 'p' ? inCategory : ch => !inCategory(ch);
                case 'b' when !inClass:
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                    throw new NotSupportedException("Word boundaries and anchors inside a sequence are not followed.");
                case >= '1' and <= '9' when !inClass:
                    throw new NotSupportedException("Back-references are not followed.");
                case 'n': return ch => ch == '\n';
                case 't': return ch => ch == '\t';
                case 'r': return ch => ch == '\r';
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        throw new NotSupportedException($"The escape \\{c} is not followed.");
                    }

                    return null;
            }
        }

        private void Expect(char c)
        {
            if (AtEnd || Peek != c)
            {
                throw new NotSupportedException($"Expected '{c}' at {_position}.");
            }

            _position++;
        }
    }
}
