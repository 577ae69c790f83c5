using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tracking;

namespace Advocacy.Letters.Validation;

/// <summary>
/// Checks a letter against the rules of the format that reading alone cannot enforce: ids, references, countries,
/// languages, URLs, dates in order, duplicates and clean text. Every problem is reported, in document order, with
/// its JSON Pointer, stable code, severity and a plain message.
/// </summary>
/// <remarks>
/// Validation never throws for any <see cref="Letter"/> instance, including ones built in code with
/// <see langword="null"/> where the model forbids it or enumeration values out of range: such values are reported as
/// <see cref="ValidationCodes.MissingValue"/> and <see cref="ValidationCodes.InvalidValue"/>. It is thread-safe.
/// </remarks>
public static class LetterValidator
{
    /// <summary>Validates a letter.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>Every problem found; <see cref="ValidationResult.IsValid"/> when there is no error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    public static ValidationResult Validate(Letter letter) => Validate(letter, null);

    /// <summary>Validates a letter with options: warnings as errors, and an archive's own rules after the format's.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="LetterValidationOptions.Default"/>.</param>
    /// <returns>
    /// Every problem found: the format's, in document order, then each extra rule's, in rule order;
    /// <see cref="ValidationResult.IsValid"/> when there is no error.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// An extra rule returned <see langword="null"/>, a <see langword="null"/> problem, or a problem whose code is one
    /// of <see cref="ValidationCodes"/> (those codes keep the format's meaning). Exceptions thrown by a rule propagate.
    /// </exception>
    public static ValidationResult Validate(Letter letter, LetterValidationOptions? options)
    {
        Guard.NotNull(letter);
        options ??= LetterValidationOptions.Default;
        ImmutableArray<ValidationProblem>.Builder? problems;
        var scratch = ValidationScratch.Rent();
        try
        {
            var walk = new Walk(letter, scratch);
            walk.Run();
            problems = walk.Problems;
        }
        finally
        {
            ValidationScratch.Return(scratch);
        }

        foreach (var rule in options.Rules)
        {
            var found = rule?.Check(letter) ?? throw new InvalidOperationException("An extra validation rule is null or returned null; return no problems instead.");
            foreach (var problem in found)
            {
                if (problem is null || ValidationCodes.IsBuiltIn(problem.Code))
                {
                    throw new InvalidOperationException(
                        $"The rule {rule.GetType().Name} reported {(problem is null ? "a null problem" : $"the format's own code '{problem.Code}'")}: give its problems codes of their own.");
                }

                (problems ??= ImmutableArray.CreateBuilder<ValidationProblem>()).Add(problem);
            }
        }

        if (problems is null)
        {
            return new ValidationResult(ImmutableArray<ValidationProblem>.Empty);
        }

        if (options.WarningsAsErrors)
        {
            for (var i = 0; i < problems.Count; i++)
            {
                if (problems[i].Severity == ValidationSeverity.Warning)
                {
                    problems[i] = problems[i] with { Severity = ValidationSeverity.Error };
                }
            }
        }

        return new ValidationResult(problems.ToImmutable());
    }

    /// <summary>One pass over one letter, collecting problems in document order, with sets borrowed from <paramref name="scratch"/>.</summary>
    private sealed class Walk(Letter letter, ValidationScratch scratch)
    {
        private readonly HashSet<string> paragraphIds = scratch.ParagraphIds;
        private readonly HashSet<string> demandIds = scratch.DemandIds;
        private readonly HashSet<string> sourceIds = scratch.SourceIds;
        private readonly HashSet<string> addresseeIds = scratch.AddresseeIds;

        /// <summary>Gets the problems found, or <see langword="null"/> when there is none (a valid letter builds no list).</summary>
        public ImmutableArray<ValidationProblem>.Builder? Problems { get; private set; }

        private PartialDate? LetterDate => letter.Date;

        public void Run()
        {
            // References may point forward (events cite sources listed last), so collect the ids first.
            Collect(letter.Body, p => p?.Id, paragraphIds);
            Collect(letter.Demands, d => d?.Id, demandIds);
            Collect(letter.Sources, s => s?.Id, sourceIds);
            Collect(letter.Addressees, a => a?.Id, addresseeIds);

            if (letter.SchemaVersion is null)
            {
                Missing("/schemaVersion", "a schema version");
            }
            else if (letter.SchemaVersion != Letter.CurrentSchemaVersion)
            {
                Error("/schemaVersion", ValidationCodes.UnsupportedSchemaVersion,
                    $"schema version {Quote(letter.SchemaVersion)} is not supported: this library reads \"{Letter.CurrentSchemaVersion}\"");
            }

            Id("/id", letter.Id);
            RequiredText("/title", letter.Title);
            Enum("/kind", letter.Kind);
            Language("/language", letter.Language);
            OptionalText("/place", letter.Place);

            Addressees();
            OptionalText("/salutation", letter.Salutation);
            Body();
            OptionalText("/closing", letter.Closing);
            OptionalText("/valediction", letter.Valediction);
            Demands();
            Signatories();
            Events();
            Responses();
            Sources();
        }

        private void Addressees()
        {
            var addressees = letter.Addressees.OrEmpty();
            var hasTo = false;
            var seen = scratch.SeenInList();
            for (var i = 0; i < addressees.Length; i++)
            {
                var path = Location.Item("/addressees", i);
                if (addressees[i] is not { } addressee)
                {
                    Missing(path, "an addressee");
                    continue;
                }

                if (addressee.Id is not null)
                {
                    UniqueId(new Location(path, "id"), addressee.Id, seen, "addressee");
                }

                hasTo |= addressee.Role == AddresseeRole.To;
                Enum(new Location(path, "role"), addressee.Role);
                Enum(new Location(path, "type"), addressee.Type);
                RequiredText(new Location(path, "name"), addressee.Name);
                OptionalText(new Location(path, "honorific"), addressee.Honorific);

                var otherNames = addressee.OtherNames.OrEmpty();
                for (var n = 0; n < otherNames.Length; n++)
                {
                    var namePath = path.Within("otherNames", n);
                    if (otherNames[n] is not { } otherName)
                    {
                        Missing(namePath, "a name");
                        continue;
                    }

                    RequiredText(new Location(namePath, "name"), otherName.Name);
                    if (otherName.Language is { } language)
                    {
                        Language(new Location(namePath, "language"), language);
                    }
                }

                var positions = addressee.Positions.OrEmpty();
                for (var p = 0; p < positions.Length; p++)
                {
                    Position(path.Within("positions", p), positions[p], addressee.Name);
                }

                if (addressee.Address is { } address)
                {
                    var lines = address.Lines.OrEmpty();
                    for (var l = 0; l < lines.Length; l++)
                    {
                        RequiredText(new Location(path, "address/lines", l), lines[l]);
                    }

                    OptionalText(new Location(path, "address/locality"), address.Locality);
                    Country(new Location(path, "address/country"), address.Country);
                }
            }

            if (!hasTo)
            {
                Error("/addressees", ValidationCodes.MissingToAddressee, "the letter needs at least one addressee with the role \"to\"");
            }
        }

        private void Position(Location path, Position? position, string? holder)
        {
            if (position is null)
            {
                Missing(path, "a position");
                return;
            }

            RequiredText(new Location(path, "title"), position.Title);
            OptionalText(new Location(path, "organization"), position.Organization);
            OptionalText(new Location(path, "label"), position.Label);

            if (position.Start is { } start && position.End is { } end && start.Start > end.End)
            {
                Error(new Location(path, "start"), ValidationCodes.PositionDatesReversed, $"the position starts ({start}) after it ends ({end})");
            }

            if (LetterDate is not { } date)
            {
                return;
            }

            if (LetterTracker.HeldOn(position, date) != PositionHolding.NotHeld)
            {
                return;
            }

            var who = holder is null ? "the addressee" : Excerpt.Of(holder);
            if (position.Start is { } from && from.Start > date.End)
            {
                Warning(new Location(path, "start"), ValidationCodes.PositionNotHeld,
                    $"{who} took up {Quote(position.Title)} on {from}, after the letter's date ({date})");
            }
            else
            {
                Warning(new Location(path, "end"), ValidationCodes.PositionNotHeld,
                    $"{who} left {Quote(position.Title)} on {position.End}, before the letter's date ({date})");
            }
        }

        private void Body()
        {
            var body = letter.Body.OrEmpty();
            var seen = scratch.SeenInList();
            for (var i = 0; i < body.Length; i++)
            {
                var path = Location.Item("/body", i);
                if (body[i] is not { } paragraph)
                {
                    Missing(path, "a paragraph");
                    continue;
                }

                UniqueId(new Location(path, "id"), paragraph.Id, seen, "paragraph");
                RequiredText(new Location(path, "text"), paragraph.Text);
            }
        }

        private void Demands()
        {
            var demands = letter.Demands.OrEmpty();
            var seen = scratch.SeenInList();
            for (var i = 0; i < demands.Length; i++)
            {
                var path = Location.Item("/demands", i);
                if (demands[i] is not { } demand)
                {
                    Missing(path, "a demand");
                    continue;
                }

                UniqueId(new Location(path, "id"), demand.Id, seen, "demand");
                var paragraph = Reference(new Location(path, "paragraph"), demand.Paragraph, paragraphIds, "paragraph");
                RequiredText(new Location(path, "text"), demand.Text);
                if (paragraph && !string.IsNullOrWhiteSpace(demand.Text) && !ParagraphContains(demand.Paragraph, demand.Text))
                {
                    Error(new Location(path, "text"), ValidationCodes.DemandTextNotInParagraph,
                        $"the demand's text does not occur in paragraph {Quote(demand.Paragraph)}: quote its exact words");
                }

                RequiredText(new Location(path, "summary"), demand.Summary);
                OptionalText(new Location(path, "action"), demand.Action);
                TextList(path, "actors", demand.Actors);
                TextList(path, "themes", demand.Themes);
                TextList(path, "instruments", demand.Instruments);
            }
        }

        private void Signatories()
        {
            var signatories = letter.Signatories.OrEmpty();
            if (signatories.IsEmpty)
            {
                Error("/signatories", ValidationCodes.MissingSignatory, "the letter needs at least one signatory");
            }

            // Same name and country, ignoring case, accents and width; NFC and NFD forms match (PartyKey), compared
            // without building a key string per signatory.
            var seen = scratch.Signatories;
            for (var i = 0; i < signatories.Length; i++)
            {
                var path = Location.Item("/signatories", i);
                if (signatories[i] is not { } signatory)
                {
                    Missing(path, "a signatory");
                    continue;
                }

                Enum(new Location(path, "type"), signatory.Type);
                RequiredText(new Location(path, "name"), signatory.Name);
                OptionalText(new Location(path, "acronym"), signatory.Acronym);
                Country(new Location(path, "country"), signatory.Country);
                RequiredText(new Location(path, "label"), signatory.Label);

                if (signatory.Name is { } name && !string.IsNullOrWhiteSpace(name))
                {
                    var first = seen.FirstOrAdd(name, signatory.Country, i);
                    if (first >= 0)
                    {
                        Error(path, ValidationCodes.DuplicateSignatory,
                            $"\"{Excerpt.Of(name)}\" already signed as signatory {first}");
                    }
                }
            }
        }

        private void Events()
        {
            var events = letter.Events.OrEmpty();
            PartialDate? latest = null;
            for (var i = 0; i < events.Length; i++)
            {
                var path = Location.Item("/events", i);
                if (events[i] is not { } letterEvent)
                {
                    Missing(path, "an event");
                    continue;
                }

                Enum(new Location(path, "type"), letterEvent.Type);
                NotBeforeLetter(new Location(path, "date"), letterEvent.Date, "the event");
                InDateOrder(new Location(path, "date"), letterEvent.Date, ref latest, ValidationCodes.EventOutOfOrder, "event");
                OptionalText(new Location(path, "place"), letterEvent.Place);
                OptionalText(new Location(path, "note"), letterEvent.Note);
                SourceReferences(path, letterEvent.Sources);
            }
        }

        private void Responses()
        {
            var responses = letter.Responses.OrEmpty();
            var seen = scratch.SeenInList();
            PartialDate? latest = null;
            for (var i = 0; i < responses.Length; i++)
            {
                var path = Location.Item("/responses", i);
                if (responses[i] is not { } response)
                {
                    Missing(path, "a response");
                    continue;
                }

                UniqueId(new Location(path, "id"), response.Id, seen, "response");
                NotBeforeLetter(new Location(path, "date"), response.Date, "the response");
                InDateOrder(new Location(path, "date"), response.Date, ref latest, ValidationCodes.ResponseOutOfOrder, "response");
                if (response.From is { } from)
                {
                    Enum(new Location(path, "from/type"), from.Type);
                    RequiredText(new Location(path, "from/name"), from.Name);
                    Country(new Location(path, "from/country"), from.Country);
                }
                else
                {
                    Missing(new Location(path, "from"), "who responded");
                }

                var named = response.Addressees.OrEmpty();
                for (var a = 0; a < named.Length; a++)
                {
                    Reference(new Location(path, "addressees", a), named[a], addresseeIds, "addressee");
                }

                Enum(new Location(path, "channel"), response.Channel);
                Enum(new Location(path, "stance"), response.Stance);
                RequiredText(new Location(path, "summary"), response.Summary);

                var dispositions = response.Dispositions.OrEmpty();
                var answered = scratch.AnsweredInResponse();
                for (var d = 0; d < dispositions.Length; d++)
                {
                    var dispositionPath = path.Within("dispositions", d);
                    if (dispositions[d] is not { } disposition)
                    {
                        Missing(dispositionPath, "a disposition");
                        continue;
                    }

                    if (Reference(new Location(dispositionPath, "demand"), disposition.Demand, demandIds, "demand") &&
                        !answered.Add(disposition.Demand))
                    {
                        Error(new Location(dispositionPath, "demand"), ValidationCodes.DuplicateDisposition,
                            $"demand {Quote(disposition.Demand)} already has a disposition in this response");
                    }

                    Enum(new Location(dispositionPath, "status"), disposition.Status);
                }

                SourceReferences(path, response.Sources);
            }
        }

        private void Sources()
        {
            var sources = letter.Sources.OrEmpty();
            var seen = scratch.SeenInList();
            for (var i = 0; i < sources.Length; i++)
            {
                var path = Location.Item("/sources", i);
                if (sources[i] is not { } source)
                {
                    Missing(path, "a source");
                    continue;
                }

                UniqueId(new Location(path, "id"), source.Id, seen, "source");
                Url(new Location(path, "url"), source.Url);
                OptionalText(new Location(path, "title"), source.Title);
                OptionalText(new Location(path, "publisher"), source.Publisher);
            }
        }

        private void SourceReferences(Location itemPath, ImmutableArray<string> references)
        {
            var items = references.OrEmpty();
            for (var i = 0; i < items.Length; i++)
            {
                Reference(new Location(itemPath, "sources", i), items[i], sourceIds, "source");
            }
        }

        // Out of order only when certainly so: the item's last possible day is before the first possible day of the
        // latest-starting item listed before it. Overlapping partial dates (2011-10 after 2011-10-06) are not reported.
        private void InDateOrder(Location path, PartialDate date, ref PartialDate? latest, string code, string what)
        {
            if (latest is { } previous && date.End < previous.Start)
            {
                Warning(path, code, $"the {what} is dated {date}, before one listed above it ({previous}): list {what}s in date order");
            }
            else if (latest is not { } before || date.Start > before.Start)
            {
                latest = date;
            }
        }

        private void NotBeforeLetter(Location path, PartialDate date, string what)
        {
            if (LetterDate is { } letterDate && date.End < letterDate.Start)
            {
                Error(path, ValidationCodes.DateBeforeLetter, $"{what} is dated {date}, before the letter's date ({letterDate})");
            }
        }

        private bool ParagraphContains(string paragraphId, string text)
        {
            foreach (var paragraph in letter.Body.OrEmpty())
            {
                if (paragraph?.Id == paragraphId && paragraph.Text is { } body && body.Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Reference(Location path, string? id, HashSet<string> known, string what)
        {
            if (id is null)
            {
                Missing(path, $"a {what} id");
                return false;
            }

            if (!known.Contains(id))
            {
                var near = Suggestions.Nearest(id, known);
                Error(path, ValidationCodes.UnresolvedReference, $"there is no {what} with the id {Quote(id)}" + (near is null ? string.Empty : $" (did you mean {Quote(near)}?)"));
                return false;
            }

            return true;
        }

        private void UniqueId(Location path, string? id, HashSet<string> seen, string what)
        {
            if (Id(path, id) && !seen.Add(id!))
            {
                Error(path, ValidationCodes.DuplicateId, $"another {what} already has the id {Quote(id)}");
            }
        }

        private bool Id(Location path, string? id)
        {
            if (id is null)
            {
                Missing(path, "an id");
                return false;
            }

            if (!LetterIds.IsValid(id))
            {
                Error(path, ValidationCodes.InvalidId,
                    $"{Quote(id)} is not an id: use lower-case letters and digits joined by single hyphens (\"release-abductees\"), at most {LetterIds.MaxLength} characters");
                return false;
            }

            return true;
        }

        private void Language(Location path, string? tag)
        {
            if (tag is null)
            {
                Missing(path, "a language tag");
            }
            else if (!LanguageTags.IsWellFormed(tag))
            {
                Error(path, ValidationCodes.InvalidLanguage, $"{Quote(tag)} is not a well-formed BCP 47 language tag such as \"en\" or \"ko-KP\"");
            }
        }

        private void Country(Location path, string? code)
        {
            if (code is not null && !IsoCountries.IsKnown(code))
            {
                Error(path, ValidationCodes.UnknownCountry, $"{Quote(code)} is not an ISO 3166-1 alpha-2 country code such as \"KR\" (upper case)");
            }
        }

        private void Url(Location path, string? url)
        {
            if (url is null)
            {
                Missing(path, "a URL");
                return;
            }

            var absolute = HttpUrls.IsValid(url);
            if (!absolute)
            {
                Error(path, ValidationCodes.InvalidUrl, $"{Quote(url)} is not an absolute http or https URL with a host (RFC 3986: ASCII only, a port up to 65535, % before two hex digits, at most one #)");
            }
        }

        private void TextList(Location itemPath, string member, ImmutableArray<string> items)
        {
            var list = items.OrEmpty();
            for (var i = 0; i < list.Length; i++)
            {
                RequiredText(new Location(itemPath, member, i), list[i]);
            }
        }

        private void RequiredText(Location path, string? text)
        {
            if (text is null)
            {
                Missing(path, "a text");
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                Error(path, ValidationCodes.BlankText, "the text is empty or blank");
            }
            else
            {
                CleanText(path, text);
            }
        }

        private void OptionalText(Location path, string? text)
        {
            if (text is not null)
            {
                RequiredText(path, text);
            }
        }

        private void CleanText(Location path, string text)
        {
            if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            {
                Error(path, ValidationCodes.UntrimmedText, $"{Quote(text)} starts or ends with white space");
            }

            for (var i = NotPrintableAscii(text, 0); i < text.Length; i++)
            {
                var c = text[i];
                if (c is >= ' ' and <= '~')
                {
                    i = NotPrintableAscii(text, i + 1) - 1;
                    continue;
                }

                if (char.IsControl(c) || IsBidiControl(c) || IsLoneSurrogate(text, i))
                {
                    Error(path, ValidationCodes.ForbiddenCharacter,
                        string.Create(CultureInfo.InvariantCulture, $"the text holds U+{(int)c:X4} at character {i + 1}: control characters, bidirectional overrides and lone surrogates are not allowed"));
                    return;
                }
            }
        }

        private void Enum<TEnum>(Location path, TEnum value)
            where TEnum : struct, System.Enum
        {
            if (!EnumNames<TEnum>.IsDefined(value))
            {
                Error(path, ValidationCodes.InvalidValue,
                    $"{value} is not a {typeof(TEnum).Name} value: use one of {EnumNames<TEnum>.NameList}");
            }
        }

        private void Missing(Location path, string what) =>
            Error(path, ValidationCodes.MissingValue, $"{what} is required here but is missing (null)");

        private void Error(Location path, string code, string message) =>
            Report(new ValidationProblem { Path = path.ToString(), Code = code, Severity = ValidationSeverity.Error, Message = message });

        private void Warning(Location path, string code, string message) =>
            Report(new ValidationProblem { Path = path.ToString(), Code = code, Severity = ValidationSeverity.Warning, Message = message });

        private void Report(ValidationProblem problem) => (Problems ??= ImmutableArray.CreateBuilder<ValidationProblem>()).Add(problem);

        private static void Collect<T>(ImmutableArray<T> items, Func<T, string?> id, HashSet<string> into)
        {
            foreach (var item in items.OrEmpty())
            {
                if (id(item) is { } value)
                {
                    into.Add(value);
                }
            }
        }

        // Printable ASCII is never forbidden, so the clean-text check jumps over runs of it, a vector at a time where
        // the runtime can: the index of the first other character from start, or the text's length.
        private static int NotPrintableAscii(string text, int start)
        {
#if NET8_0_OR_GREATER
            var index = text.AsSpan(start).IndexOfAnyExceptInRange(' ', '~');
            return index < 0 ? text.Length : start + index;
#else
            return start;
#endif
        }

        private static bool IsLoneSurrogate(string text, int i) =>
            char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

        private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

        private static string Quote(string? text) => text is null ? "null" : $"\"{Excerpt.Of(text)}\"";

        /// <summary>
        /// Where a check looks: a list item's pointer (and an item of a list inside it) plus a member and an index,
        /// joined only when a problem is reported, so that a letter with no problems costs no pointer strings at all.
        /// </summary>
        private readonly struct Location
        {
            private readonly string list;
            private readonly int item;
            private readonly string? subList;
            private readonly int subItem;
            private readonly string? member;
            private readonly int index;

            public Location(Location at, string? member = null, int index = -1)
            {
                Debug.Assert(at.member is null, "a member is the last step of a location");
                list = at.list;
                item = at.item;
                subList = at.subList;
                subItem = at.subItem;
                this.member = member;
                this.index = index;
            }

            private Location(string list, int item, string? subList, int subItem)
            {
                this.list = list;
                this.item = item;
                this.subList = subList;
                this.subItem = subItem;
                member = null;
                index = -1;
            }

            public static implicit operator Location(string pointer) => new(pointer, -1, null, -1);

            /// <summary>Item <paramref name="i"/> of the list at <paramref name="listPointer"/>, such as <c>/signatories/3</c>.</summary>
            public static Location Item(string listPointer, int i) => new(listPointer, i, null, -1);

            /// <summary>Item <paramref name="i"/> of this item's list <paramref name="name"/>, such as <c>/responses/0/dispositions/2</c>.</summary>
            public Location Within(string name, int i)
            {
                Debug.Assert(subList is null && member is null, "locations nest two lists deep at most");
                return new(list, item, name, i);
            }

            public override string ToString()
            {
                var pointer = new StringBuilder(list);
                if (item >= 0)
                {
                    pointer.Append('/').Append(item.ToString(CultureInfo.InvariantCulture));
                }

                if (subList is not null)
                {
                    pointer.Append('/').Append(subList).Append('/').Append(subItem.ToString(CultureInfo.InvariantCulture));
                }

                if (member is not null)
                {
                    pointer.Append('/').Append(member);
                }

                if (index >= 0)
                {
                    pointer.Append('/').Append(index.ToString(CultureInfo.InvariantCulture));
                }

                return pointer.ToString();
            }
        }
    }
}
