using System;
using System.Text;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>Converts between System.Text.Json's <c>$.a[3]['b.c']</c> paths and RFC 6901 JSON Pointers (<c>/a/3/b.c</c>).</summary>
internal static class JsonLocation
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c> and <c>/</c> becomes <c>~1</c>.</summary>
    public static string EscapeToken(string token) =>
        token.IndexOfAny(['~', '/']) < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Converts a System.Text.Json path to a JSON Pointer; <see langword="null"/> stays <see langword="null"/>.</summary>
    public static string? ToPointer(string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var pointer = new StringBuilder();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                pointer.Append('/').Append(EscapeToken(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    end = path.Length;
                }

                pointer.Append('/').Append(EscapeToken(path[(i + 2)..end]));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0)
                {
                    end = path.Length;
                }

                pointer.Append('/').Append(path[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                // Not a path System.Text.Json writes; keep what we have rather than guess.
                break;
            }
        }

        return pointer.ToString();
    }

    /// <summary>Converts a JSON Pointer to a System.Text.Json-style path, for <see cref="System.Text.Json.JsonException.Path"/>.</summary>
    public static string? ToJsonPath(string? pointer)
    {
        if (pointer is null)
        {
            return null;
        }

        var path = new StringBuilder("$");
        foreach (var raw in pointer.Split('/').AsSpan(1))
        {
            var token = raw.Replace("~1", "/").Replace("~0", "~");
            if (token.Length > 0 && IsIndex(token))
            {
                path.Append('[').Append(token).Append(']');
            }
            else if (IsPlainName(token))
            {
                path.Append('.').Append(token);
            }
            else
            {
                path.Append("['").Append(token).Append("']");
            }
        }

        return path.ToString();
    }

    private static bool IsIndex(string token)
    {
        foreach (var c in token)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainName(string token)
    {
        if (token.Length == 0)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
