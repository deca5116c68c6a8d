using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Partnerships;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Demo partnership proposals (Development only), each in its author's language, with a discussion, reactions,
/// interests and followers. In comment bodies <c>{@email}</c> stands for a mention of that member. Days are counted
/// back from the seeding time; funding call deadlines lie ahead of it.
/// </summary>
internal static class DemoProposals
{
    public static readonly DemoProposal[] All =
    [
        new("anna@demo.test",
            "Shared flood forecasts for the Maas: Leuven models meet Dutch gauges",
            "We want to compare our Maas flood forecasts with Dutch water managers and run one joint early-warning exercise before winter.",
            """
            Since the floods of July 2021 our team in Leuven runs hourly forecasts for the **Maas and its Belgian tributaries**. Downstream,
            Dutch water boards run their own models on their own gauges, and the two rarely meet.

            We propose to:

            - exchange gauge and forecast data for one full winter
            - compare lead times and misses, event by event
            - run one joint early-warning exercise with municipalities on both sides
            """,
            "Hydrological models of the Belgian Maas basin, two researchers for a year, access to the Maas Living Lab test fields",
            "A Dutch water board or Rijkswaterstaat team with gauge data, and a municipality in Dutch Limburg for the exercise",
            [ActorType.Government, ActorType.Research], ["NL"], [Theme.Water, Theme.Adaptation], ["BE", "NL"],
            "Maas Living Lab: room for the river from Liège to Venlo",
            new("Interreg Euregio Meuse-Rhine, call 4", "https://example.org/interreg-emr/call-4", DeadlineDaysAhead: 58),
            ProposalStatus.InDiscussion, CreatedDaysAgo: 26,
            [
                new("sanne.visser@demo.test", "Goed idee. Wij kunnen de peilmetingen van de Maas bij Eijsden en Roermond aanleveren, per uur sinds 2019.", HoursAfter: 5,
                    Reactions: [("anna@demo.test", ReactionKind.Agree), ("thomas.claes@demo.test", ReactionKind.Celebrate)]),
                new("anna@demo.test", "That is exactly the stretch we need. Could we start with the winter of 2023–2024, when both our models missed the January peak?", HoursAfter: 9, ReplyTo: 0,
                    Reactions: [("sanne.visser@demo.test", ReactionKind.Agree)]),
                new("daan.mulder@demo.test", "Maastricht wil graag meedoen aan de oefening. {@femke.jansen@demo.test}, kun jij dit meenemen in het hitte- en waterplan?", HoursAfter: 50,
                    Reactions: [("anna@demo.test", ReactionKind.Celebrate)]),
                new("femke.jansen@demo.test", "Zeker, ik zet het op de agenda van het regio-overleg in maart.", HoursAfter: 55, ReplyTo: 2),
                new("arnaud.vandenbroeck@demo.test", "The Benelux crisis-management group runs a cross-border exercise each autumn. Worth aligning dates with it?", HoursAfter: 120,
                    Reactions: [("anna@demo.test", ReactionKind.Insightful), ("sanne.visser@demo.test", ReactionKind.Insightful)]),
            ],
            [
                new("sanne.visser@demo.test", "Rijkswaterstaat-regio Zuid-Nederland levert data en een hydroloog voor twee dagen per maand.", InterestStatus.Accepted, DaysAfter: 1),
                new("daan.mulder@demo.test", "De gemeente Maastricht doet mee aan de oefening.", InterestStatus.Pending, DaysAfter: 3),
            ]),
        new("joost@demo.test",
            "Tweede locatie voor getijdenturbines: een Vlaamse sluis gezocht",
            "Na vijf jaar draaien in de Oosterscheldekering zoeken we een sluis of kering in Vlaanderen voor een tweede pilot met vismonitoring.",
            """
            Onze turbines in de **Oosterscheldekering** leveren stroom voor ruim 1.000 huishoudens. De volgende stap is een locatie met
            een ander getijregime: een sluis in de Scheldehavens of langs het Albertkanaal.

            We brengen de turbines, de monitoring en de vergunningservaring mee. We zoeken een beheerder die een doorlaat ter beschikking
            stelt, en een onderzoekspartner voor de visvriendelijkheid.
            """,
            "Vijf turbines van 250 kW, ontwerp en plaatsing, vijf jaar meetdata",
            "Een Vlaamse havenbeheerder of De Vlaamse Waterweg, en een onderzoeksgroep visecologie",
            [ActorType.Government, ActorType.Research], ["BE"], [Theme.MitigationEnergy, Theme.Water], ["NL", "BE"],
            "Getijdenturbines in de Oosterscheldekering",
            new("LIFE Clean Energy Transition 2026", "https://example.org/life/cet-2026", DeadlineDaysAhead: 95),
            ProposalStatus.Open, CreatedDaysAgo: 12,
            [
                new("thomas.claes@demo.test", "Onze groep meet al stroomsnelheden in de Zeeschelde. We kunnen een eerste screening van drie sluizen doen.", HoursAfter: 20,
                    Reactions: [("joost@demo.test", ReactionKind.Celebrate), ("ruben.degraaf@demo.test", ReactionKind.Agree)]),
                new("ruben.degraaf@demo.test", "Mooi. Let bij de screening op het verval bij doodtij: onder 1,2 meter rendeert het ontwerp niet.", HoursAfter: 26, ReplyTo: 0,
                    Reactions: [("thomas.claes@demo.test", ReactionKind.Insightful)]),
                new("anna@demo.test", "Interesting. Would the turbines change sediment transport at the lock entrance? {@lotte.vermeulen@demo.test} modelled something similar for the Demer.", HoursAfter: 70,
                    Reactions: [("joost@demo.test", ReactionKind.Question)]),
            ],
            [
                new("thomas.claes@demo.test", "Screening van drie sluizen en begeleiding van het vismonitoringsprogramma.", InterestStatus.Pending, DaysAfter: 1),
            ]),
        new("claire@demo.test",
            "Chemins d'école à vélo des deux côtés de la frontière",
            "Les conseils de jeunes d'Esch et de Gand veulent cartographier ensemble les chemins d'école dangereux et les présenter aux communes.",
            """
            Au **Jugendklimarot d'Esch**, nous avons cartographié les trajets à vélo de 400 élèves. Nous voulons refaire l'exercice avec
            d'autres conseils de jeunes et comparer ce qui rend un trajet sûr.

            Ce que nous proposons :

            - une méthode de cartographie simple, testée dans quatre lycées
            - un atelier commun au printemps, à Esch ou à Gand
            - une présentation des résultats aux échevins de la mobilité
            """,
            "Notre méthode de cartographie, des animateurs bénévoles, un atelier à Esch",
            "Des conseils de jeunes en Belgique et aux Pays-Bas, et une commune prête à écouter",
            [ActorType.Youth, ActorType.Government], ["BE", "NL"], [Theme.Mobility, Theme.Education], ["LU", "BE"],
            "Sichere Schulwege mit dem Rad im Minett", null,
            ProposalStatus.PartnershipFormed, CreatedDaysAgo: 40,
            [
                new("wout.desmet@demo.test", "De Jonge Klimaatraad Gent doet graag mee! We hebben vorig jaar al een fietsenquête gedaan bij 12 scholen.", HoursAfter: 8,
                    Reactions: [("claire@demo.test", ReactionKind.Celebrate), ("fien.maes@demo.test", ReactionKind.Celebrate)]),
                new("claire@demo.test", "Super ! Pouvez-vous partager le questionnaire ? {@tom.reuter@demo.test} le traduira en luxembourgeois.", HoursAfter: 12, ReplyTo: 0,
                    Reactions: [("wout.desmet@demo.test", ReactionKind.Agree)]),
                new("sem.bos@demo.test", "Utrecht has a youth council too. We would love to join the spring workshop, even as observers.", HoursAfter: 100),
            ],
            [
                new("wout.desmet@demo.test", "Wij brengen onze enquête en twee trekkers mee.", InterestStatus.Accepted, DaysAfter: 1),
                new("sem.bos@demo.test", "As observers at first.", InterestStatus.Declined, DaysAfter: 5),
            ]),
        new("julien.dubois@demo.test",
            "Un réseau de capteurs de chaleur urbaine Liège–Maastricht–Luxembourg",
            "Trois villes, un même protocole de mesure : nous voulons comparer les îlots de chaleur et l'effet des arbres et toitures vertes.",
            """
            Notre laboratoire mesure depuis trois étés la température dans **quarante rues de Liège**. Les résultats ne sont utiles que
            comparés : une rue chaude à Liège l'est-elle autant à Maastricht ou à Luxembourg ?

            Nous proposons un protocole commun, des capteurs identiques et une base de données ouverte, pour que les services
            d'urbanisme puissent évaluer leurs plantations.
            """,
            "Le protocole de mesure, 40 capteurs étalonnés, l'analyse avec le modèle MAR",
            "Des villes prêtes à installer 20 capteurs, et des chercheurs en microclimat aux Pays-Bas et au Luxembourg",
            [ActorType.Government, ActorType.Research], ["NL", "LU"], [Theme.Adaptation, Theme.BuiltEnvironment], ["BE", "NL", "LU"],
            null,
            new("Horizon Europe Cluster 5: Climate, Energy and Mobility (adaptation in cities)", "https://example.org/horizon-europe/cluster-5", DeadlineDaysAhead: 150),
            ProposalStatus.InDiscussion, CreatedDaysAgo: 18,
            [
                new("camille.renard@demo.test", "Je peux documenter le protocole en anglais pour les partenaires ; c'est le cœur de ma thèse.", HoursAfter: 3,
                    Reactions: [("julien.dubois@demo.test", ReactionKind.Agree)]),
                new("femke.jansen@demo.test", "Maastricht heeft twintig sensoren op lantaarnpalen. {@julien.dubois@demo.test}, zijn die bruikbaar of moeten ze opnieuw geijkt worden?", HoursAfter: 30,
                    Reactions: [("camille.renard@demo.test", ReactionKind.Question)]),
                new("julien.dubois@demo.test", "Ils sont utilisables si on les compare une semaine avec un de nos capteurs de référence. Nous pouvons venir en juin.", HoursAfter: 34, ReplyTo: 1,
                    Reactions: [("femke.jansen@demo.test", ReactionKind.Celebrate)]),
                new("laurent.hoffmann@demo.test", "Our institute tests green-roof substrates made from recycled materials. Temperature data from real roofs would help us a lot.", HoursAfter: 75),
            ],
            [
                new("femke.jansen@demo.test", "Gemeente Maastricht met twintig sensoren.", InterestStatus.Accepted, DaysAfter: 2),
                new("laurent.hoffmann@demo.test", "Green-roof substrates and two test roofs in Belval.", InterestStatus.Pending, DaysAfter: 4),
            ]),
        new("sanne.visser@demo.test",
            "Samen oefenen met een dijkdoorbraak in Zeeuws-Vlaanderen",
            "Een grensoverschrijdende risicodialoog en crisisoefening voor de kust van Zeeuws-Vlaanderen en het Meetjesland.",
            """
            Bij een doorbraak van de zeewering in **Zeeuws-Vlaanderen** loopt het water ook Vlaanderen in. Toch oefenen de hulpdiensten aan
            beide kanten apart. We willen een risicodialoog met bewoners en één gezamenlijke oefening, met een draaiboek dat beide
            kanten gebruiken.
            """,
            "Ervaring met klimaatstresstesten en risicodialogen, begeleiding van de oefening",
            "Vlaamse gemeenten in het Meetjesland, de provincie Oost-Vlaanderen en onderzoekers die overstromingsscenario's kunnen doorrekenen",
            [ActorType.Government, ActorType.Research], ["BE"], [Theme.Water, Theme.Adaptation], ["NL", "BE"],
            null, null,
            ProposalStatus.PartnershipFormed, CreatedDaysAgo: 60,
            [
                new("arnaud.vandenbroeck@demo.test", "The Benelux agreement on crisis management covers exactly this. I can bring the Belgian federal crisis centre to the table.", HoursAfter: 10,
                    Reactions: [("sanne.visser@demo.test", ReactionKind.Celebrate)]),
                new("anna@demo.test", "We can run the flood scenarios for the Belgian side with our inundation model.", HoursAfter: 30,
                    Reactions: [("sanne.visser@demo.test", ReactionKind.Agree), ("lars.dekker@demo.test", ReactionKind.Agree)]),
                new("sanne.visser@demo.test", "Dank jullie! {@anna@demo.test}, kunnen we in de week van de 14e de scenario's doorlopen?", HoursAfter: 36, ReplyTo: 1),
            ],
            [
                new("arnaud.vandenbroeck@demo.test", "Coordination with the federal crisis centre.", InterestStatus.Accepted, DaysAfter: 1),
                new("anna@demo.test", "Flood scenarios for the Belgian side.", InterestStatus.Accepted, DaysAfter: 2),
            ]),
        new("laurent.hoffmann@demo.test",
            "Rückbaumaterial aus Belval für Baustellen in Wallonien",
            "Wir suchen wallonische Partner, die geprüften Recyclingbeton und Stahl aus dem Rückbau in Belval in öffentlichen Bauten einsetzen.",
            """
            In unserer Prüfhalle in **Belval** zertifizieren wir Recyclingbeton und wiederverwendeten Baustahl. Es fehlen Baustellen, die
            das Material abnehmen: Ausschreibungen verlangen oft noch Neuware.

            Wir bieten Materialpässe und Prüfberichte und suchen Bauherren und Rückbauunternehmen in Wallonien für drei Pilotbaustellen.
            """,
            "Prüfberichte, Materialpässe, Beratung bei Ausschreibungen",
            "Öffentliche Bauherren und Rückbauunternehmen in Wallonien",
            [ActorType.Business, ActorType.Government], ["BE"], [Theme.CircularEconomy, Theme.BuiltEnvironment], ["LU", "BE"],
            "Testing hall for recycled steel and concrete in Belval",
            new("LIFE Circular Economy and Quality of Life 2026", "https://example.org/life/circular-2026", DeadlineDaysAhead: 120),
            ProposalStatus.Open, CreatedDaysAgo: 8,
            [
                new("nicolas.lejeune@demo.test", "Bâtir Circulaire démonte deux écoles à Namur cette année. Nous aurions besoin de vos essais pour le béton.", HoursAfter: 6,
                    Reactions: [("laurent.hoffmann@demo.test", ReactionKind.Celebrate), ("elise.martin@demo.test", ReactionKind.Agree)]),
                new("elise.martin@demo.test", "I can share tender clauses that accept certified recycled concrete; they passed legal review in two municipalities.", HoursAfter: 9, ReplyTo: 0,
                    Reactions: [("laurent.hoffmann@demo.test", ReactionKind.Insightful)]),
            ],
            [
                new("nicolas.lejeune@demo.test", "Deux chantiers de démontage à Namur.", InterestStatus.Pending, DaysAfter: 1),
            ]),
        new("jan.wouters@demo.test",
            "Energiegemeenschappen over de grens: Kempen en Noord-Brabant",
            "Coöperaties uit de Kempen en Noord-Brabant delen hoe ze gezinnen in energiearmoede laten meeprofiteren van zonnestroom.",
            """
            Onze coöperatie legt zonnepanelen op scholen en gebruikt een deel van de winst voor energiescans bij gezinnen. Over de grens
            doen Brabantse coöperaties iets vergelijkbaars, met andere regels. We wilden drie uitwisselingsavonden organiseren.

            De uitwisseling is afgelopen; het verslag staat op onze site.
            """,
            "Ervaring met energiedelen, een zaal in Geel",
            "Coöperaties en gemeenten in Noord-Brabant",
            [ActorType.Citizen, ActorType.Government], ["NL"], [Theme.MitigationEnergy, Theme.JustTransition], ["BE", "NL"],
            "Zonnedaken op Kempense scholen", null,
            ProposalStatus.Closed, CreatedDaysAgo: 90,
            [
                new("thijs.kramer@demo.test", "Wij zijn een dorpscoöperatie in Friesland, niet Brabant, maar we komen graag naar de avond over energiearmoede.", HoursAfter: 30,
                    Reactions: [("jan.wouters@demo.test", ReactionKind.Agree)]),
                new("yasmina.elamrani@demo.test", "À Molenbeek nous partageons l'électricité d'une école. {@jan.wouters@demo.test}, puis-je présenter notre expérience ?", HoursAfter: 48,
                    Reactions: [("jan.wouters@demo.test", ReactionKind.Celebrate), ("thijs.kramer@demo.test", ReactionKind.Celebrate)]),
                new("jan.wouters@demo.test", "Heel graag, de tweede avond gaat precies daarover.", HoursAfter: 60, ReplyTo: 1),
            ],
            [
                new("thijs.kramer@demo.test", "Twee vrijwilligers komen naar de avonden.", InterestStatus.Accepted, DaysAfter: 2),
            ]),
        new("nicolas.lejeune@demo.test",
            "Une plateforme de réemploi des briques pour la Grande Région",
            "Relier les chantiers de démontage wallons, luxembourgeois et lorrains pour que les briques anciennes trouvent preneur près de chez elles.",
            """
            Chaque année nous sauvons **180 000 briques**. Beaucoup restent en stock faute d'acheteur à moins de 100 km. Une plateforme
            commune pour la Grande Région rapprocherait l'offre et la demande.

            Nous cherchons des partenaires pour l'inventaire des gisements et pour le premier marché public qui exige des briques de réemploi.
            """,
            "Notre stock, notre méthode d'inventaire, un site pilote à Namur",
            "Des démolisseurs et des communes au Luxembourg et en Lorraine",
            [ActorType.Business, ActorType.Government], ["LU", "FR"], [Theme.CircularEconomy], ["BE", "LU", "FR"],
            "Réemploi des briques du quartier de Droixhe",
            new("Interreg Grande Région, appel 2026", "https://example.org/interreg-gr/appel-2026", DeadlineDaysAhead: 70),
            ProposalStatus.Open, CreatedDaysAgo: 4,
            [
                new("aurelie.colin@demo.test", "Notre intercommunalité rénove trois écoles en 2027. Nous pourrions tester une clause de réemploi.", HoursAfter: 12,
                    Reactions: [("nicolas.lejeune@demo.test", ReactionKind.Celebrate)]),
                new("paul.wagner@demo.test", "Transition Minett kennt drei Abrissbaustellen in Esch. Ich stelle gern den Kontakt her.", HoursAfter: 40),
            ],
            [
                new("aurelie.colin@demo.test", "Une clause de réemploi dans nos trois rénovations.", InterestStatus.Pending, DaysAfter: 1),
                new("paul.wagner@demo.test", "Kontakte zu Abrissbaustellen in Esch.", InterestStatus.Pending, DaysAfter: 2),
            ]),
    ];
}

internal sealed record DemoProposal(
    string Author, string Title, string Summary, string Body, string Offer, string Seek,
    ActorType[] SoughtActorTypes, string[] SoughtCountries, Theme[] Themes, string[] Countries,
    string? LinkedProject, DemoFundingCall? FundingCall, ProposalStatus Status, int CreatedDaysAgo,
    DemoComment[] Comments, DemoInterest[] Interests);

internal sealed record DemoFundingCall(string Name, string Url, int DeadlineDaysAhead);

/// <param name="ReplyTo">The index of the comment this one answers, in the same proposal.</param>
internal sealed record DemoComment(string Author, string Body, int HoursAfter, int? ReplyTo = null, (string Member, ReactionKind Kind)[]? Reactions = null);

internal sealed record DemoInterest(string Member, string Message, InterestStatus Status, int DaysAfter);
