using BeneluxClimate.Domain.News;
using BeneluxClimate.Domain.Text;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Demo news of the Benelux Secretariat (Development only), written by the host and the admin in the network's
/// languages, dated over the past months. Days are counted back from the seeding time.
/// </summary>
internal static class DemoNews
{
    public static readonly DemoNewsPost[] All =
    [
        new("admin@demo.test", "nl", DaysAgo: 150, Views: 417,
            "Benelux-landen lanceren klimaatplatform om expertise te delen",
            "Een digitale ontmoetingsplaats voor wie grensoverschrijdend wil samenwerken rond duurzaamheid: wetenschappers, bedrijven, overheden en jongeren uit België, Nederland en Luxemburg.",
            """
            In de Benelux is veel expertise aanwezig om een duurzame samenleving vooruit te helpen, maar te vaak blijft die kennis onzichtbaar en gaan kansen verloren.

            Het **Benelux Klimaatplatform** brengt partners samen die grensoverschrijdend willen samenwerken:

            - **Verbinden**: wetenschappers, bedrijven, overheidsdiensten en jeugdvertegenwoordigers wisselen vlot informatie uit door lid te worden van het klimaatnetwerk.
            - **Inspireren**: innovatieve projecten uit de hele regio staan in een digitale vitrine en leiden tot nieuwe partnerschappen.
            - **Activeren**: het Benelux-Secretariaat in Brussel organiseert virtuele en fysieke activiteiten om de samenwerking in concrete actie om te zetten.

            Zo draagt het platform bij aan de Europese Green Deal: tegen 2050 het eerste klimaatneutrale continent.
            """),
        new("host@demo.test", "en", DaysAgo: 96, Views: 146,
            "Education for sustainable development: the Benelux conference went online",
            "Professionals in environmental education from the three countries met online for the first time, with workshops from Flanders, the Netherlands and Luxembourg.",
            """
            This year the Benelux conference on **Education for Sustainable Development** took place online for the first time. The Secretariat-General and the Flemish Region organised it together for educators, facilitators and trainers.

            Three things we take forward:

            1. Outdoor learning works across the border: schools in Limburg on both sides of the Maas now share field days.
            2. Young people want a say: the youth climate councils of Esch-sur-Alzette and Ghent presented their joint cycling-route map.
            3. Materials travel well when they are translated: the network will publish lesson kits in Dutch, French and German.

            The recordings are available to members on request.
            """),
        new("host@demo.test", "fr", DaysAgo: 61, Views: 98,
            "Inondations de la Meuse : un exercice d'alerte transfrontalier à l'automne",
            "Services de l'eau, communes et chercheurs de Liège à Venlo préparent un exercice commun d'alerte précoce, dans le prolongement des travaux du Maas Living Lab.",
            """
            Depuis les inondations de juillet 2021, la Meuse est au cœur de la coopération Benelux en matière d'adaptation. À l'automne, un **exercice d'alerte précoce** réunira :

            - les gestionnaires de l'eau wallons et néerlandais,
            - les communes riveraines du Limbourg belge et néerlandais,
            - les équipes de recherche de Louvain et de Maastricht.

            L'objectif : comparer les prévisions de part et d'autre de la frontière et tester la chaîne d'alerte jusqu'aux habitants. Les membres intéressés peuvent rejoindre la proposition de partenariat sur la plateforme.
            """),
        new("admin@demo.test", "de", DaysAgo: 33, Views: 64,
            "Wasserstoff zwischen Rotterdam, Antwerpen und Luxemburg: Benelux-Workshop in Brüssel",
            "Häfen, Netzbetreiber und Industrie aus den drei Ländern beraten über eine gemeinsame Wasserstoffinfrastruktur und die nächsten Schritte für grenzüberschreitende Leitungen.",
            """
            Auf Einladung des Benelux-Sekretariats trafen sich Vertreterinnen und Vertreter der Häfen **Rotterdam** und **Antwerpen-Brügge**, der Netzbetreiber und der luxemburgischen Stahlindustrie in Brüssel.

            Ergebnisse des Workshops:

            - Eine gemeinsame Karte der geplanten Leitungen und Speicher bis 2030 wird auf der Plattform veröffentlicht.
            - Die Genehmigungsverfahren für grenzüberschreitende Abschnitte sollen besser aufeinander abgestimmt werden.
            - Im Frühjahr folgt eine virtuelle Sitzung mit offenen Fragen aus dem Netzwerk.
            """),
        new("host@demo.test", "en", DaysAgo: 12, Views: 37,
            "Call for projects: cross-border heat networks in the Benelux",
            "Do you run or plan a heat network near a border? The Secretariat invites projects to the showcase and will bring them together in a virtual session next month.",
            """
            Residual heat from industry and data centres often stops at the border. We want to change that.

            **Who can take part?** Municipalities, utilities, companies and research groups working on heat networks in Belgium, the Netherlands or Luxembourg, especially near a border.

            **What do you get?** A place in the project showcase, an introduction to partners on the other side, and a seat in a virtual session hosted by the Secretariat.

            Add your project to the showcase and mention *heat network* in its summary.
            """),
        new("admin@demo.test", "nl", DaysAgo: 3, Views: 12,
            "Nieuw op het platform: live sessies met vragen en peilingen",
            "Tijdens virtuele activiteiten van het Secretariaat stellen deelnemers voortaan live vragen, stemmen ze op elkaars vragen en beantwoorden ze peilingen.",
            """
            Vanaf deze maand lopen de virtuele activiteiten van het Benelux-Secretariaat via de **sessieruimte** van het platform.

            - Stel je vraag tijdens de sessie en stem op de vragen van anderen: de meest gestelde komen bovenaan.
            - Doe mee aan peilingen en zie de resultaten meteen.
            - Na afloop vind je op de pagina van de activiteit een samenvatting, die je met één klik in een partnerschapsvoorstel omzet.

            Schrijf je in via de pagina *Activiteiten*.
            """),
    ];

    public static async Task AddAsync(ClimateDbContext db, IReadOnlyDictionary<string, string> userIds, MarkdownRenderer markdown, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var n in All)
        {
            var published = now.AddDays(-n.DaysAgo).AddHours(-n.DaysAgo % 7);
            db.NewsPosts.Add(new NewsPost
            {
                CreationId = Guid.NewGuid(),
                AuthorId = userIds[n.Author],
                Title = n.Title,
                Summary = n.Summary,
                Body = n.Body,
                BodyHtml = markdown.Render(n.Body),
                Language = n.Language,
                PublishedAtUtc = published,
                ViewCount = n.Views, // counted before view rows were kept: the demo starts with no view rows
                CreatedAtUtc = published.AddHours(-2),
                UpdatedAtUtc = published,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}

internal sealed record DemoNewsPost(string Author, string Language, int DaysAgo, int Views, string Title, string Summary, string Body);
