using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Gatherings;
using BeneluxClimate.Domain.Text;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Demo events (Development only), hosted by host@demo.test: past and upcoming, online, on site and hybrid across the
/// three countries, in the network's languages, and one online session happening now with its room open and anna,
/// joost and claire registered (CONTRACT.md). Times are relative to the seeding time, entered on the Brussels clock.
/// </summary>
internal static class DemoEvents
{
    private sealed record DemoEvent(
        string Title,
        string Description,
        GatheringFormat Format,
        int DaysAhead,
        int StartHour,
        int Hours,
        string? Venue,
        string? Address,
        string? Country,
        int? Capacity,
        Theme[] Themes,
        string[] Languages,
        string[] Registered,
        string[] Waitlisted);

    private static readonly DemoEvent[] Scheduled =
    [
        new("Werkbezoek: het warmtenet van de Antwerpse haven",
            "We bezoeken de **restwarmteleiding** van de haven naar Antwerpen-Noord en spreken met de netbeheerder over de verbinding met Zeeuwse bedrijven.\n\n- 10:00 ontvangst in het Havenhuis\n- 11:00 rondleiding op de leidingtrace\n- 14:00 rondetafel over grensoverschrijdende warmte",
            GatheringFormat.Physical, 12, 10, 6, "Havenhuis", "Zaha Hadidplein 1, 2030 Antwerpen", "BE", 30,
            [Theme.MitigationEnergy, Theme.BuiltEnvironment], ["nl", "en"],
            ["joost@demo.test", "thomas.claes@demo.test", "lotte.vermeulen@demo.test", "sanne.visser@demo.test"], []),
        new("Atelier : adapter nos villes aux vagues de chaleur",
            "Un atelier pratique pour les communes du Luxembourg, de Wallonie et de Lorraine : **îlots de fraîcheur**, plans canicule et cartes de chaleur partagées.\n\nParticipation à distance possible.",
            GatheringFormat.Hybrid, 20, 9, 7, "European Convention Center Luxembourg", "4 Place de l’Europe, 1499 Luxembourg", "LU", 60,
            [Theme.Adaptation, Theme.JustTransition], ["fr", "de"],
            ["claire@demo.test", "julien.dubois@demo.test", "laurent.hoffmann@demo.test"], []),
        new("Webinar: Interreg-Förderung für grenzüberschreitende Klimaprojekte",
            "Wie stellt man einen erfolgreichen Antrag bei Interreg Großregion oder Maas-Rhein? Zwei Programmsekretariate erklären die **neuen Aufrufe** und beantworten Fragen.",
            GatheringFormat.Virtual, 6, 15, 2, null, null, null, 3,
            [Theme.MitigationEnergy, Theme.Water], ["de", "en"],
            ["anna@demo.test", "sarah.muller@demo.test", "tom.reuter@demo.test"], ["lena.kremer@demo.test"]),
        new("Excursie: Ruimte voor de Waal in Nijmegen",
            "Wandeling langs de **nevengeul** en het eiland Veur-Lent met de projectleiders van Rijkswaterstaat. Wat leerden we over rivierverruiming, en wat kan de Maas in Wallonië ermee?",
            GatheringFormat.Physical, 35, 13, 4, "Bezoekerscentrum De Bastei", "Lange Baan 4, 6511 VZ Nijmegen", "NL", 25,
            [Theme.Water, Theme.Adaptation, Theme.NatureBiodiversity], ["nl", "fr"],
            ["anna@demo.test", "daan.mulder@demo.test"], []),
        new("Benelux Climate Summit: preparatory meeting",
            "The Secretariat prepares the 2027 Benelux Climate Summit with the network. On the agenda: the **joint heat action plan**, cross-border grids and youth participation.",
            GatheringFormat.Hybrid, 45, 14, 3, "Benelux Secretariat", "Rue de la Régence 39, 1000 Brussels", "BE", null,
            [Theme.MitigationEnergy, Theme.Adaptation], ["en", "fr", "nl"],
            ["claire@demo.test", "arnaud.vandenbroeck@demo.test"], []),
        new("Webinar: lessen uit de overstromingen van juli 2021",
            "Drie jaar na de overstromingen in de Vesder- en Geulvallei: wat veranderde er aan **waarschuwing en samenwerking** over de grens?",
            GatheringFormat.Virtual, -30, 14, 2, null, null, null, 200,
            [Theme.Water, Theme.Adaptation], ["nl", "fr"],
            ["anna@demo.test", "joost@demo.test", "femke.jansen@demo.test"], []),
        new("Besuch: das Wärmenetz von Ban de Gasperich",
            "Führung durch das neue Stadtviertel **Ban de Gasperich** und seine Energiezentrale, mit den Planern von Luxembourg-Ville.",
            GatheringFormat.Physical, -14, 10, 3, "Ban de Gasperich, Energiezentrale", "Boulevard de Kockelscheuer, 1821 Luxembourg", "LU", 20,
            [Theme.MitigationEnergy, Theme.BuiltEnvironment], ["de", "fr"],
            ["claire@demo.test", "paul.wagner@demo.test"], []),
    ];

    public static async Task AddAsync(ClimateDbContext db, Dictionary<string, string> userIds, MarkdownRenderer markdown, DateTimeOffset now, CancellationToken ct)
    {
        var hostId = userIds["host@demo.test"];
        var today = BrusselsTime.FromUtc(now).Date;
        foreach (var e in Scheduled)
        {
            var starts = BrusselsTime.ToUtc(today.AddDays(e.DaysAhead).AddHours(e.StartHour));
            var ended = starts.AddHours(e.Hours) < now;
            var gathering = New(hostId, e.Title, e.Description, e.Format, starts, starts.AddHours(e.Hours), e.Venue, e.Address, e.Country, e.Capacity,
                e.Themes, e.Languages, markdown, now.AddDays(-Math.Max(5, 40 - e.DaysAhead)));
            if (ended)
            {
                gathering.RoomState = e.Format == GatheringFormat.Physical ? RoomState.NotOpened : RoomState.Closed;
                gathering.RoomOpenedAtUtc = gathering.RoomState == RoomState.Closed ? starts.AddMinutes(-10) : null;
                gathering.RoomClosedAtUtc = gathering.RoomState == RoomState.Closed ? gathering.EndsAtUtc : null;
            }

            await RegisterAsync(db, gathering, userIds, e.Registered, e.Waitlisted, gathering.CreatedAtUtc, ct);
        }

        // The session happening now (CONTRACT.md): started half an hour before seeding, its room open.
        var live = New(hostId, "Benelux Climate Café: heat pumps in terraced houses",
            "A live session with installers and housing corporations from Ghent, Eindhoven and Esch-sur-Alzette. **Ask your questions** in the room and vote in the polls.",
            GatheringFormat.Virtual, now.AddMinutes(-30), now.AddMinutes(90), null, null, null, 100,
            [Theme.MitigationEnergy, Theme.BuiltEnvironment], ["en", "nl", "fr"], markdown, now.AddDays(-10));
        live.RoomState = RoomState.Open;
        live.RoomOpenedAtUtc = now.AddMinutes(-30);
        await RegisterAsync(db, live, userIds, ["anna@demo.test", "joost@demo.test", "claire@demo.test", "thomas.claes@demo.test", "sanne.visser@demo.test"], [], now.AddDays(-9), ct);
    }

    private static Gathering New(
        string hostId, string title, string description, GatheringFormat format, DateTimeOffset starts, DateTimeOffset ends, string? venue, string? address,
        string? country, int? capacity, Theme[] themes, string[] languages, MarkdownRenderer markdown, DateTimeOffset created) => new()
        {
            CreationId = Guid.NewGuid(),
            HostId = hostId,
            Title = title,
            Description = description,
            DescriptionHtml = markdown.Render(description),
            Format = format,
            StartsAtUtc = starts,
            EndsAtUtc = ends,
            VenueName = venue,
            VenueAddress = address,
            VenueCountryCode = country,
            MeetingUrl = format == GatheringFormat.Physical ? null : $"https://meet.benelux.int/{SearchText.Normalize(title).Split(' ').First(w => w.Length > 4)}-{starts:yyyyMMdd}",
            Capacity = capacity,
            Themes = [.. themes.Order()],
            Languages = [.. languages],
            CreatedAtUtc = created,
            UpdatedAtUtc = created,
            SearchText = SearchText.Normalize($"{title} {venue} {address}"),
        };

    private static async Task RegisterAsync(
        ClimateDbContext db, Gathering gathering, Dictionary<string, string> userIds, string[] registered, string[] waitlisted, DateTimeOffset from, CancellationToken ct)
    {
        gathering.RegisteredCount = registered.Length;
        gathering.WaitlistCount = waitlisted.Length;
        db.Gatherings.Add(gathering);
        await db.SaveChangesAsync(ct);
        var at = from.AddHours(2);
        foreach (var (email, status) in registered.Select(e => (e, RegistrationStatus.Registered)).Concat(waitlisted.Select(e => (e, RegistrationStatus.Waitlisted))))
        {
            at = at.AddHours(7);
            db.Registrations.Add(new Registration { GatheringId = gathering.Id, MemberId = userIds[email], Status = status, RequestedAtUtc = at });
        }

        await db.SaveChangesAsync(ct);
    }
}
