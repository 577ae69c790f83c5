using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;

namespace Advocacy.Letters.Internal;

/// <summary>
/// Builds synthetic, valid letters for <see cref="SampleLetters.Generate"/>: each letter depends only on the seed and
/// its index, through <see cref="SplitMix64"/> and culture-free formatting, so a corpus is the same on every machine.
/// </summary>
internal sealed class LetterGenerator
{
    private static readonly Script[] Scripts =
    [
        new(
            "en",
            ["Open letter on the detention of human rights defenders", "Joint appeal for freedom of assembly", "Letter on the right to food", "Call to end arbitrary detention"],
            ["We, the undersigned organisations, write to express our deep concern.", "Reports received since last year describe a worsening situation.", "We welcome the commitments made at the last review 🕊️ and ask that they be kept."],
            [("release all prisoners of conscience", "Release all prisoners of conscience.", "release"), ("invite the Special Rapporteur to visit", "Invite the Special Rapporteur.", "invite"), ("allow independent monitors access to detention sites", "Give monitors access to detention.", "allow"), ("ratify the Convention against Torture", "Ratify the Convention against Torture.", "ratify"), ("publish the names of those detained", "Publish the names of detainees.", "publish")],
            ["Coalition for Justice", "Human Rights Forum", "Free Expression Network", "Women's Rights Watch", "Legal Aid Society", "Refugee Support Alliance"],
            ["Ada Example", "Samuel Okoro", "Maria Lopes", "Tom O'Brien", "Chloé Martin"],
            ["Geneva", "London", "New York", "Nairobi"],
            "Dear President,",
            "Yours sincerely,"),
        new(
            "ko",
            ["인권 옹호자 구금에 관한 공개 서한", "집회의 자유를 위한 공동 호소문", "식량권에 관한 서한"],
            ["저희 서명 단체들은 깊은 우려를 전하고자 이 서한을 보냅니다.", "지난해 이후 상황이 악화되고 있다는 보고가 이어지고 있습니다 ✊🏽."],
            [("모든 양심수를 석방할 것", "Release all prisoners of conscience.", "release"), ("특별보고관의 방문을 허용할 것", "Invite the Special Rapporteur.", "invite"), ("이산가족 상봉을 재개할 것", "Resume family reunions.", "resume")],
            ["북한인권시민연합", "인권을 위한 변호사 모임", "난민 지원 네트워크", "평화와 통일을 위한 연대"],
            ["김민준", "이서연", "박지훈", "최수아"],
            ["서울", "부산"],
            "존경하는 위원장님께,",
            "삼가 올림"),
        new(
            "ru",
            ["Открытое письмо о свободе собраний", "Совместное обращение по делу задержанных журналистов"],
            ["Мы, нижеподписавшиеся организации, выражаем глубокую обеспокоенность.", "Поступающие сообщения свидетельствуют об ухудшении положения."],
            [("освободить всех задержанных журналистов", "Release the detained journalists.", "release"), ("отменить закон об иностранных агентах", "Repeal the foreign agents law.", "repeal"), ("обеспечить доступ адвокатов к задержанным", "Give lawyers access to detainees.", "allow")],
            ["Правозащитный центр «Память»", "Общество защиты прав", "Сеть независимых журналистов"],
            ["Анна Иванова", "Сергей Петров", "Ёлка Смирнова"],
            ["Москва", "Вильнюс"],
            "Уважаемый господин Президент,",
            "С уважением,"),
        new(
            "ar",
            ["رسالة مفتوحة بشأن حرية التعبير", "نداء مشترك من أجل الإفراج عن المدافعين"],
            ["نحن المنظمات الموقعة أدناه نعرب عن قلقنا العميق.", "تشير التقارير إلى تدهور الوضع منذ العام الماضي 🌍."],
            [("الإفراج عن جميع سجناء الرأي", "Release all prisoners of conscience.", "release"), ("السماح للمراقبين المستقلين بزيارة السجون", "Let independent monitors visit prisons.", "allow"), ("إلغاء أحكام الإعدام", "Abolish the death penalty.", "abolish")],
            ["الشبكة العربية لحقوق الإنسان", "مركز الدفاع عن الحريات", "جمعية المساعدة القانونية"],
            ["ليلى حسن", "عمر خالد", "نور الهدى"],
            ["تونس", "بيروت"],
            "فخامة الرئيس،",
            "وتفضلوا بقبول فائق الاحترام،"),
        new(
            "zh-Hans",
            ["关于言论自由的公开信", "关于释放被拘留维权人士的联合呼吁"],
            ["我们，以下签名的组织，谨表达深切关注。", "自去年以来的报告显示情况持续恶化。"],
            [("释放所有良心犯", "Release all prisoners of conscience.", "release"), ("允许联合国特别报告员访问", "Invite the UN Special Rapporteur.", "invite"), ("停止任意拘留", "End arbitrary detention.", "end")],
            ["人权观察协会", "法律援助中心", "新闻自由联盟"],
            ["王芳", "李伟", "张静"],
            ["香港", "台北"],
            "尊敬的主席：",
            "此致敬礼"),
        new(
            "ja",
            ["表現の自由に関する公開書簡", "拉致被害者の帰国を求める共同書簡"],
            ["私たち署名団体は、深い懸念を表明するためにこの書簡を送ります。", "昨年以来、状況が悪化しているとの報告が続いています 👩‍⚖️。"],
            [("すべての拉致被害者を直ちに帰国させること", "Return all abductees.", "return"), ("国連特別報告者の訪問を受け入れること", "Invite the Special Rapporteur.", "invite")],
            ["拉致被害者家族会", "人権ナウ", "難民支援ネットワーク"],
            ["佐藤花子", "鈴木一郎"],
            ["東京"],
            "拝啓",
            "敬具"),
    ];

    private static readonly string[] Countries = ["KP", "KR", "JP", "US", "GB", "FR", "DE", "RU", "UA", "EG", "TN", "LB", "CN", "HK", "TW", "BR", "ZA", "KE", "IN", "CH"];
    private static readonly string[] Emoji = ["🕊️", "✊🏽", "🌍", "📜", "🇰🇷", "❤️"];
    private static readonly string[] Honorifics = ["President", "Chairman", "Minister", "Secretary-General"];
    private static readonly string[] Offices = ["President", "Chairman of the National Defence Commission", "Minister of Justice", "Prime Minister", "Secretary-General"];
    private static readonly string[] Themes = ["detention", "torture", "food", "expression", "assembly", "abductions", "refugees"];
    private static readonly string[] Instruments = ["ICCPR", "ICESCR", "CAT", "CRC", "UDHR"];

    private SplitMix64 random;

    private LetterGenerator(long seed, int index) =>
        random = new SplitMix64(SplitMix64.Mix(unchecked((ulong)seed)) ^ SplitMix64.Mix(unchecked((ulong)index + 1)));

    /// <summary>Generates the letter at <paramref name="index"/> of the corpus of <paramref name="seed"/>.</summary>
    public static Letter Generate(long seed, int index) => new LetterGenerator(seed, index).Build(index);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Letter Build(int index)
    {
        var script = random.Pick(Scripts);
        var letterDay = new LocalDate(random.Between(1990, 2025), random.Between(1, 12), random.Between(1, 28));
        PartialDate? date = random.Chance(10) ? null : Partial(letterDay);

        var body = ImmutableArray.CreateBuilder<Paragraph>();
        var demands = ImmutableArray.CreateBuilder<Demand>();
        var paragraphCount = random.Between(1, random.Chance(10) ? 12 : 4);
        for (var p = 0; p < paragraphCount; p++)
        {
            var id = "p" + Number(p + 1);
            var sentences = new List<string> { random.Pick(script.Sentences) };
            var asks = random.Chance(60) ? random.Between(1, Math.Min(3, script.Demands.Length)) : 0;
            var first = random.Below(script.Demands.Length);
            for (var d = 0; d < asks; d++)
            {
                var (phrase, summary, action) = script.Demands[(first + d) % script.Demands.Length];
                sentences.Add(phrase);
                demands.Add(new Demand
                {
                    Id = "d" + Number(demands.Count + 1),
                    Paragraph = id,
                    Text = phrase,
                    Summary = summary,
                    Action = random.Chance(70) ? action : null,
                    Actors = random.Chance(50) ? ["government"] : [],
                    Themes = random.Chance(60) ? Distinct(Themes, random.Between(1, 3)) : [],
                    Instruments = random.Chance(30) ? Distinct(Instruments, random.Between(1, 2)) : [],
                });
            }

            var text = string.Join(script.Language is "zh-Hans" or "ja" ? string.Empty : " ", sentences);
            body.Add(new Paragraph { Id = id, Text = random.Chance(15) ? text + " " + random.Pick(Emoji) : text });
        }

        var sources = Sources(index);
        return new Letter
        {
            Id = "generated-" + Number(index + 1),
            Title = random.Pick(script.Titles),
            Kind = (LetterKind)random.Below(5),
            Language = script.Language,
            Date = date,
            Place = random.Chance(70) ? random.Pick(script.Places) : null,
            Addressees = Addressees(script, letterDay),
            Salutation = random.Chance(80) ? script.Salutation : null,
            Body = body.ToImmutable(),
            Closing = random.Chance(30) ? random.Pick(script.Sentences) : null,
            Valediction = random.Chance(80) ? script.Valediction : null,
            Demands = demands.ToImmutable(),
            Signatories = Signatories(script),
            Events = Events(date, letterDay, sources),
            Responses = Responses(date, letterDay, demands, sources),
            Sources = sources,
        };
    }

    private ImmutableArray<Addressee> Addressees(Script script, LocalDate letterDay)
    {
        var count = random.Chance(70) ? 1 : random.Between(2, 4);
        var addressees = ImmutableArray.CreateBuilder<Addressee>(count);
        for (var i = 0; i < count; i++)
        {
            var person = random.Chance(70);
            var positions = ImmutableArray.CreateBuilder<Position>();
            for (var p = random.Between(0, 2); p > 0; p--)
            {
                // Held on the letter's date: started before it, and ended after it or not at all.
                var start = letterDay.PlusDays(-random.Between(30, 4000));
                positions.Add(new Position
                {
                    Title = random.Pick(Offices),
                    Organization = random.Chance(50) ? "Government" : null,
                    Start = random.Chance(80) ? Partial(start) : null,
                    End = random.Chance(30) ? Partial(letterDay.PlusDays(random.Between(400, 3000))) : null,
                });
            }

            addressees.Add(new Addressee
            {
                Role = i == 0 ? AddresseeRole.To : random.Chance(50) ? AddresseeRole.To : AddresseeRole.Cc,
                Type = person ? PartyType.Person : PartyType.Organization,
                Name = person ? random.Pick(script.People) : random.Pick(script.Organizations),
                Honorific = person && random.Chance(50) ? random.Pick(Honorifics) : null,
                OtherNames = random.Chance(20) ? [new AlternateName { Name = random.Pick(Scripts).People[0], Language = random.Chance(50) ? "und" : null }] : [],
                Positions = positions.ToImmutable(),
                Address = random.Chance(25)
                    ? new PostalAddress { Lines = ["Office of the " + random.Pick(Offices)], Locality = random.Pick(script.Places), Country = random.Pick(Countries) }
                    : null,
            });
        }

        return addressees.MoveToImmutable();
    }

    private ImmutableArray<Signatory> Signatories(Script script)
    {
        // Mostly a handful, sometimes a few hundred: a long tail, as real coalitions have.
        var count = random.Chance(2) ? random.Between(100, 400) : random.Between(1, 25);
        var signatories = ImmutableArray.CreateBuilder<Signatory>(count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var person = random.Chance(20);
            var name = person ? random.Pick(Scripts).People[random.Below(2)] : random.Pick(script.Organizations);

            // The pools hold no two names that differ only in case or accents, so an ordinal check and a number keep
            // every (name, country) unique for duplicate-signatory too.
            var unique = name;
            for (var n = 2; !names.Add(unique); n++)
            {
                unique = name + " " + Number(n);
            }

            var country = random.Chance(80) ? random.Pick(Countries) : null;
            var acronym = !person && random.Chance(40) ? Acronym(i) : null;
            signatories.Add(new Signatory
            {
                Type = person ? PartyType.Person : PartyType.Organization,
                Name = unique,
                Acronym = acronym,
                Country = country,
                Label = unique + (acronym is null ? string.Empty : " (" + acronym + ")") + (country is null ? string.Empty : ", " + country),
            });
        }

        return signatories.MoveToImmutable();
    }

    private ImmutableArray<Source> Sources(int index)
    {
        var count = random.Between(0, 4);
        var sources = ImmutableArray.CreateBuilder<Source>(count);
        for (var i = 0; i < count; i++)
        {
            var url = random.Below(4) switch
            {
                0 => "https://example.org/letters/" + Number(index + 1),
                1 => "https://news.example.com/2011/09/%EA%B9%80%EC%A0%95%EC%9D%BC?lang=ko#s" + Number(i),
                2 => "http://[2001:db8::" + Number(i + 1) + "]:8080/archive/letter-" + Number(index + 1) + ".pdf",
                _ => "HTTPS://xn--9n2bp8q.example/" + Number(i),
            };
            sources.Add(new Source
            {
                Id = "s" + Number(i + 1),
                Url = url,
                Title = random.Chance(60) ? "Source " + Number(i + 1) : null,
                Publisher = random.Chance(40) ? "Example News" : null,
                Date = random.Chance(70) ? Partial(new LocalDate(random.Between(1990, 2025), random.Between(1, 12), random.Between(1, 28))) : null,
            });
        }

        return sources.MoveToImmutable();
    }

    private ImmutableArray<LetterEvent> Events(PartialDate? date, LocalDate letterDay, ImmutableArray<Source> sources)
    {
        var count = random.Between(0, 3);
        var events = ImmutableArray.CreateBuilder<LetterEvent>(count);
        var cursor = After(date, letterDay);
        for (var i = 0; i < count; i++)
        {
            var when = Partial(cursor);
            cursor = when.End.PlusDays(random.Between(1, 60));
            events.Add(new LetterEvent
            {
                Type = (LetterEventType)random.Below(8),
                Date = when,
                Place = random.Chance(30) ? "Geneva" : null,
                Note = random.Chance(20) ? "Recorded by the coalition " + random.Pick(Emoji) : null,
                Sources = sources.Length > 0 && random.Chance(50) ? [sources[random.Below(sources.Length)].Id] : [],
            });
        }

        return events.MoveToImmutable();
    }

    private ImmutableArray<LetterResponse> Responses(PartialDate? date, LocalDate letterDay, ImmutableArray<Demand>.Builder demands, ImmutableArray<Source> sources)
    {
        var count = random.Chance(60) ? 0 : random.Between(1, 3);
        var responses = ImmutableArray.CreateBuilder<LetterResponse>(count);
        var cursor = After(date, letterDay).PlusDays(random.Between(0, 200));
        for (var i = 0; i < count; i++)
        {
            var when = Partial(cursor);
            cursor = when.End.PlusDays(random.Between(1, 400));
            var dispositions = ImmutableArray.CreateBuilder<Disposition>();
            foreach (var demand in demands)
            {
                if (random.Chance(70))
                {
                    dispositions.Add(new Disposition { Demand = demand.Id, Status = (DispositionStatus)random.Below(6) });
                }
            }

            responses.Add(new LetterResponse
            {
                Id = "r" + Number(i + 1),
                Date = when,
                From = new Party { Type = PartyType.Organization, Name = "Ministry of Foreign Affairs", Country = random.Chance(50) ? random.Pick(Countries) : null },
                Channel = (ResponseChannel)random.Below(7),
                Stance = (ResponseStance)random.Below(5),
                Summary = "The ministry replied to the letter.",
                Dispositions = dispositions.ToImmutable(),
                Sources = sources.Length > 0 && random.Chance(40) ? [sources[random.Below(sources.Length)].Id] : [],
            });
        }

        return responses.MoveToImmutable();
    }

    // The first day after the letter's date, so that what follows is never dated before it.
    private static LocalDate After(PartialDate? date, LocalDate letterDay) => (date?.End ?? letterDay).PlusDays(1);

    // A day as a partial date: mostly full, sometimes only its month or year.
    private PartialDate Partial(LocalDate day) => random.Below(10) switch
    {
        0 => PartialDate.FromYear(day.Year),
        1 => PartialDate.FromYearMonth(new YearMonth(day.Year, day.Month)),
        _ => PartialDate.FromDate(day),
    };

    private ImmutableArray<string> Distinct(string[] pool, int count)
    {
        var first = random.Below(pool.Length);
        var items = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(pool[(first + i) % pool.Length]);
        }

        return items.MoveToImmutable();
    }

    private string Acronym(int index)
    {
        var builder = new StringBuilder(4);
        for (var i = random.Between(2, 4); i > 0; i--)
        {
            builder.Append((char)('A' + random.Below(26)));
        }

        return builder.Append(Number(index % 10)).ToString();
    }

    private sealed record Script(
        string Language,
        string[] Titles,
        string[] Sentences,
        (string Phrase, string Summary, string Action)[] Demands,
        string[] Organizations,
        string[] People,
        string[] Places,
        string Salutation,
        string Valediction);
}
