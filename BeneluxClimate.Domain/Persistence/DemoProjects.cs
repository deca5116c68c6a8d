using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Showcase;
using static BeneluxClimate.Domain.Persistence.DemoOrganisations;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Demo projects (Development only), written in the language of the organisation that leads them. The first contact
/// created the project; days are counted back from the seeding time. Links point to example domains.
/// </summary>
internal static class DemoProjects
{
    public static readonly DemoProject[] All =
    [
        new("Getijdenturbines in de Oosterscheldekering",
            "Kleine getijdenturbines in bestaande stormvloedkeringen: na de pilot in de Oosterschelde zoeken we een tweede locatie in Vlaanderen.",
            """
            Sinds 2024 draaien vijf turbines in een doorlaat van de **Oosterscheldekering**. Ze leveren stroom voor ruim 1.000 huishoudens zonder
            de getijdenwerking te verstoren.

            Voor de volgende stap zoeken we een tweede locatie, bij voorkeur een sluis of kering in de Vlaamse Scheldehavens, en een
            partner die het vismonitoringsprogramma mee uitvoert.
            """,
            Getijstroom, [Theme.MitigationEnergy, Theme.Water], ["NL", "BE"], ["NL-ZE", "BE-VWV"], ProjectStage.Pilot, ProjectStatus.Published,
            [Rijksdienst, Scheldedelta], ["joost@demo.test", "ruben.degraaf@demo.test"], new(2024, 3, 1), new(2027, 12, 31),
            ["https://example.com/getijstroom/oosterschelde"], LookingFor.Partners | LookingFor.PilotSite,
            [new(ImpactKind.Co2eAvoided, 1_850, "https://example.com/getijstroom/oosterschelde/lca"), new(ImpactKind.RenewableCapacity, 1.25, "https://example.com/getijstroom/oosterschelde/meetdata")],
            CreatedDaysAgo: 140, UpdatedDaysAgo: 12, ["anna@demo.test", "thomas.claes@demo.test", "mila.verbeek@demo.test"]),
        new("Getijdenstroom in de haven van Antwerpen",
            "Verkenning: kunnen turbines in de sluizen van de Antwerpse haven stroom leveren aan walstroom voor binnenvaartschepen?",
            """
            Een eerste verkenning met het havenbedrijf. We meten stroomsnelheden in de **Berendrecht- en Zandvlietsluis** en rekenen
            uit hoeveel walstroom dat kan opleveren.

            Nog een concept: we delen het pas als de metingen binnen zijn.
            """,
            Getijstroom, [Theme.MitigationEnergy, Theme.Mobility], ["BE", "NL"], ["BE-VAN", "NL-ZE"], ProjectStage.Idea, ProjectStatus.Draft,
            [], ["ruben.degraaf@demo.test"], new(2026, 9, 1), null,
            [], LookingFor.Data | LookingFor.Funding,
            [new(ImpactKind.RenewableCapacity, 0.8, null)],
            CreatedDaysAgo: 9, UpdatedDaysAgo: 2, []),
        new("Kwelderherstel bij Saeftinghe",
            "Boeren, natuurbeheerders en bewoners herstellen samen kwelders langs de Westerschelde, aan beide kanten van de grens.",
            """
            Het **Verdronken Land van Saeftinghe** is het grootste brakwatergebied van West-Europa. Aan de randen geven we
            voormalige polders terug aan het getij, zodat nieuwe kwelders slib vastleggen en meegroeien met de zeespiegel.

            - 320 hectare kwelder in herstel
            - meetnet voor slibaanwas en broedvogels, samen met onderzoekers uit Leuven
            - excursies voor scholen uit Zeeuws-Vlaanderen en het Waasland
            """,
            Scheldedelta, [Theme.NatureBiodiversity, Theme.Adaptation, Theme.Water], ["NL", "BE"], ["NL-ZE", "BE-VOV"], ProjectStage.Running, ProjectStatus.Published,
            [LeuvenCentre], ["lars.dekker@demo.test"], new(2023, 4, 1), new(2030, 12, 31),
            ["https://example.org/scheldedelta-cooperatie/saeftinghe"], LookingFor.Data,
            [new(ImpactKind.HectaresRestored, 320, "https://example.org/scheldedelta-cooperatie/saeftinghe/monitoring"), new(ImpactKind.PeopleReached, 4_200, null)],
            CreatedDaysAgo: 190, UpdatedDaysAgo: 20, ["anna@demo.test", "lotte.vermeulen@demo.test", "thijs.kramer@demo.test", "sem.bos@demo.test"]),
        new("Zonnedaken op Kempense scholen",
            "Burgers uit de Kempen leggen samen zonnepanelen op scholen en sporthallen; de winst gaat naar gezinnen in energiearmoede.",
            """
            Op 23 scholen en sporthallen tussen **Geel, Mol en Turnhout** liggen nu panelen van de coöperatie. De scholen betalen
            een lage vaste prijs voor hun stroom, de coöperanten krijgen een bescheiden dividend.

            Een vast deel van de winst financiert energiescans en isolatie bij gezinnen die hun factuur moeilijk betalen.
            """,
            ZonnigKempen, [Theme.MitigationEnergy, Theme.JustTransition, Theme.Finance], ["BE"], ["BE-VAN"], ProjectStage.Running, ProjectStatus.Published,
            [], ["jan.wouters@demo.test"], new(2022, 9, 1), null,
            ["https://example.net/zonnig-kempen/scholen"], LookingFor.PilotSite,
            [new(ImpactKind.Co2eAvoided, 1_460, "https://example.net/zonnig-kempen/jaarverslag-2025"), new(ImpactKind.RenewableCapacity, 3.4, "https://example.net/zonnig-kempen/jaarverslag-2025"), new(ImpactKind.PeopleReached, 12_000, null)],
            CreatedDaysAgo: 175, UpdatedDaysAgo: 31, ["yasmina.elamrani@demo.test", "wout.desmet@demo.test"]),
        new("Maas Living Lab: room for the river from Liège to Venlo",
            "Municipalities and farmers along the Maas test retention areas and water-buffering fields, with shared flood forecasts on both sides of the border.",
            """
            After the floods of July 2021 the Maas basin needs room to store water upstream. The living lab brings together
            hydrologists from Leuven and Liège, the municipality of Maastricht and Dutch water managers.

            We are looking for **farmers and municipalities in Limburg (BE and NL)** willing to host test fields, and for partners
            with river gauge data to compare forecasts.
            """,
            LeuvenCentre, [Theme.Water, Theme.Adaptation], ["BE", "NL"], ["BE-WLG", "BE-VLI", "NL-LI"], ProjectStage.SeekingPartners, ProjectStatus.Published,
            [LiegeLab, Maastricht, Rijksdienst], ["thomas.claes@demo.test", "anna@demo.test"], new(2026, 1, 1), new(2029, 12, 31),
            ["https://example.org/leuven-water-climate/maas-living-lab"], LookingFor.Partners | LookingFor.PilotSite | LookingFor.Data,
            [new(ImpactKind.HectaresRestored, 85, null), new(ImpactKind.PeopleReached, 40_000, "https://example.org/leuven-water-climate/maas-living-lab/flood-zones")],
            CreatedDaysAgo: 60, UpdatedDaysAgo: 4, ["daan.mulder@demo.test", "sanne.visser@demo.test", "julien.dubois@demo.test", "iris.smit@demo.test", "joost@demo.test"]),
        new("Vesdre résiliente : chaleur et crues dans la vallée",
            "Cartographie des îlots de chaleur et des zones inondables de Verviers à Chaudfontaine pour guider la reconstruction après 2021.",
            """
            La vallée de la **Vesdre** se reconstruit après les inondations de juillet 2021. Nous combinons les projections du modèle MAR
            avec des mesures de température dans les rues de Verviers et de Pepinster.

            Les cartes sont publiques et servent aux communes pour choisir où planter, où désimperméabiliser et où ne plus reconstruire.
            """,
            LiegeLab, [Theme.Adaptation, Theme.BuiltEnvironment], ["BE"], ["BE-WLG"], ProjectStage.Running, ProjectStatus.Published,
            [], ["julien.dubois@demo.test", "camille.renard@demo.test"], new(2022, 10, 1), new(2026, 12, 31),
            ["https://example.org/uliege-climate-lab/vesdre"], LookingFor.Expertise,
            [new(ImpactKind.PeopleReached, 65_000, "https://example.org/uliege-climate-lab/vesdre/cartes")],
            CreatedDaysAgo: 200, UpdatedDaysAgo: 45, ["anna@demo.test", "aurelie.colin@demo.test"]),
        new("Sichere Schulwege mit dem Rad im Minett",
            "Jugendliche aus Esch-sur-Alzette kartieren gefährliche Stellen auf dem Schulweg und planen mit der Gemeinde sichere Radrouten.",
            """
            Schülerinnen und Schüler aus **Esch-sur-Alzette, Schifflange und Sanem** haben 140 gefährliche Stellen auf ihren Schulwegen
            kartiert. Mit dem Gemeinderat testen wir jetzt drei Pilotrouten mit Fahrradstraßen und sicheren Kreuzungen.

            Wir suchen Partner, die ähnliche Projekte in Belgien oder den Niederlanden gemacht haben.
            """,
            Jugendklimarot, [Theme.Mobility, Theme.Education], ["LU"], ["LU-ES"], ProjectStage.Pilot, ProjectStatus.Published,
            [TransitionMinett], ["tom.reuter@demo.test", "claire@demo.test"], new(2025, 9, 15), new(2026, 7, 15),
            ["https://example.net/jugendklimarot-esch/schoulweeer"], LookingFor.Expertise | LookingFor.Partners,
            [new(ImpactKind.Co2eAvoided, 45, null), new(ImpactKind.PeopleReached, 3_200, null)],
            CreatedDaysAgo: 95, UpdatedDaysAgo: 6, ["fien.maes@demo.test", "wout.desmet@demo.test", "host@demo.test"]),
        new("Testing hall for recycled steel and concrete in Belval",
            "A shared testing hall where builders from Luxembourg and Brabant prove that recycled concrete and reused steel beams are safe to build with.",
            """
            On the former blast-furnace site of **Belval** we test recycled aggregates and reclaimed steel beams to the same standards as
            new material. Certificates are recognised in Luxembourg and the Netherlands.

            Companies in the Eindhoven region send us samples from demolition sites; in return we share the test data openly.
            """,
            CircularMaterials, [Theme.CircularEconomy, Theme.BuiltEnvironment], ["NL", "LU"], ["NL-NB", "LU-ES"], ProjectStage.Running, ProjectStatus.Published,
            [BatirCirculaire], ["laurent.hoffmann@demo.test", "sarah.muller@demo.test"], new(2023, 1, 15), null,
            ["https://example.org/licm/testing-hall"], LookingFor.Partners | LookingFor.Data,
            [new(ImpactKind.Co2eAvoided, 6_500, "https://example.org/licm/testing-hall/impact-2025")],
            CreatedDaysAgo: 160, UpdatedDaysAgo: 25, ["nicolas.lejeune@demo.test", "elise.martin@demo.test"]),
        new("Réemploi des briques du quartier de Droixhe",
            "Démontage sélectif de trois tours à Liège : 180 000 briques et 2 400 m² de carrelage remis en circulation jusqu'au Luxembourg.",
            """
            Au lieu de démolir, nous avons démonté trois immeubles du quartier de **Droixhe**. Les briques ont été nettoyées à la main et
            revendues à des chantiers en Wallonie et au Luxembourg.

            Le projet est terminé ; le guide des marchés publics circulaires qui en est issu est libre d'accès.
            """,
            BatirCirculaire, [Theme.CircularEconomy, Theme.BuiltEnvironment], ["BE", "LU"], ["BE-WLG", "LU-LU"], ProjectStage.Completed, ProjectStatus.Published,
            [CircularMaterials], ["nicolas.lejeune@demo.test"], new(2024, 2, 1), new(2025, 11, 30),
            ["https://example.com/batir-circulaire/droixhe", "https://example.com/batir-circulaire/guide-marches"], LookingFor.None,
            [new(ImpactKind.Co2eAvoided, 420, "https://example.com/batir-circulaire/droixhe/bilan")],
            CreatedDaysAgo: 120, UpdatedDaysAgo: 40, ["laurent.hoffmann@demo.test"]),
        new("Groene speelplaatsen in Gent",
            "Jongeren, leerkrachten en buurtbewoners breken samen asfalt uit op Gentse speelplaatsen en planten er bomen en moestuinen.",
            """
            Op 14 Gentse speelplaatsen is het asfalt vervangen door gras, bomen, wadi's en moestuinen. Regenwater zakt weer in de bodem
            en op hete dagen is het er tot vijf graden koeler.

            De Jonge Klimaatraad begeleidde de inspraak: leerlingen tekenden zelf hun speelplaats.
            """,
            KlimaatraadGent, [Theme.NatureBiodiversity, Theme.Education, Theme.Adaptation], ["BE"], ["BE-VOV"], ProjectStage.Completed, ProjectStatus.Published,
            [], ["wout.desmet@demo.test", "fien.maes@demo.test"], new(2023, 9, 1), new(2025, 6, 30),
            ["https://example.net/jonge-klimaatraad-gent/speelplaatsen"], LookingFor.None,
            [new(ImpactKind.HectaresRestored, 4.5, "https://example.net/jonge-klimaatraad-gent/speelplaatsen/kaart"), new(ImpactKind.PeopleReached, 8_400, null)],
            CreatedDaysAgo: 150, UpdatedDaysAgo: 70, ["claire@demo.test", "lena.kremer@demo.test", "sem.bos@demo.test"]),
        new("Grensoverschrijdend warmtenet Maastricht–Lanaken",
            "Idee: restwarmte van de industrie aan de Belgische kant van de Maas voeden in het warmtenet van Maastricht-Noord.",
            """
            Aan beide kanten van de grens gaat warmte verloren die wijken in **Maastricht-Noord en Lanaken** kan verwarmen. We onderzoeken
            een gezamenlijk warmtenet en wat er juridisch nodig is om warmte over de grens te leveren.

            We zoeken een Belgische netbeheerder en juristen met ervaring in grensoverschrijdende energiecontracten.
            """,
            Maastricht, [Theme.MitigationEnergy, Theme.BuiltEnvironment], ["NL", "BE"], ["NL-LI", "BE-VLI"], ProjectStage.Idea, ProjectStatus.Published,
            [], ["daan.mulder@demo.test", "femke.jansen@demo.test"], new(2026, 6, 1), null,
            ["https://example.org/maastricht-klimaat/warmtenet"], LookingFor.Partners | LookingFor.Expertise | LookingFor.Funding,
            [new(ImpactKind.Co2eAvoided, 9_200, null), new(ImpactKind.RenewableCapacity, 12, null)],
            CreatedDaysAgo: 30, UpdatedDaysAgo: 3, ["thomas.claes@demo.test", "nathalie.schroeder@demo.test"]),
        new("Zoetwaterbuffers in Zeeuws-Vlaanderen",
            "Boeren bewaren regenwater uit de winter in de bodem, zodat ze in droge zomers minder zoet water uit België nodig hebben.",
            """
            Met drains die we 's winters dichtzetten, houden akkerbouwers in **Zeeuws-Vlaanderen** regenwater vast in de ondergrond. In de
            zomer drijft die zoetwaterbel de zoute kwel terug.

            De pilot loopt op twaalf bedrijven; de Vlaamse buren in het Meetjesland meten mee.
            """,
            Rijksdienst, [Theme.Water, Theme.AgricultureFood], ["NL", "BE"], ["NL-ZE", "BE-VOV"], ProjectStage.Pilot, ProjectStatus.Published,
            [Scheldedelta, LeuvenCentre], ["sanne.visser@demo.test", "moderator@demo.test"], new(2025, 3, 1), new(2027, 10, 31),
            ["https://example.org/rijksdienst-klimaatadaptatie/zoetwaterbuffers"], LookingFor.Data | LookingFor.PilotSite,
            [new(ImpactKind.HectaresRestored, 150, "https://example.org/rijksdienst-klimaatadaptatie/zoetwaterbuffers/meetnet")],
            CreatedDaysAgo: 110, UpdatedDaysAgo: 15, ["lars.dekker@demo.test", "lotte.vermeulen@demo.test"]),
        new("Coopérative solaire du Minett",
            "Des citoyens du sud du Luxembourg financent ensemble des panneaux solaires sur les toits des communes et des écoles.",
            """
            Plus de 600 coopérateurs d'**Esch-sur-Alzette, Dudelange et Differdange** ont financé des installations sur 19 toits publics.
            Une partie des bénéfices paie des ateliers d'économie d'énergie pour les ménages modestes.
            """,
            TransitionMinett, [Theme.MitigationEnergy, Theme.JustTransition], ["LU"], ["LU-ES"], ProjectStage.Running, ProjectStatus.Published,
            [], ["paul.wagner@demo.test"], new(2021, 5, 1), null,
            ["https://example.org/transition-minett/cooperative-solaire"], LookingFor.None,
            [new(ImpactKind.Co2eAvoided, 900, "https://example.org/transition-minett/cooperative-solaire/rapport"), new(ImpactKind.RenewableCapacity, 2.1, null), new(ImpactKind.PeopleReached, 1_100, null)],
            CreatedDaysAgo: 180, UpdatedDaysAgo: 50, ["jan.wouters@demo.test", "marc.thill@demo.test", "claire@demo.test"]),
        new("Benelux Climate Academy for young professionals",
            "A year-long programme in which young civil servants, researchers and entrepreneurs from the three countries work on a real cross-border climate case.",
            """
            Each cohort of thirty young professionals meets in **Brussels, The Hague and Luxembourg** and online. In teams across the
            borders they work on a case brought by a member of the network, from heat networks to river restoration.

            Youth councils from Gent and Esch help choose the cases.
            """,
            Secretariat, [Theme.Education, Theme.JustTransition], ["BE", "NL", "LU"], ["BE-BRU", "NL-ZH", "LU-LU"], ProjectStage.Running, ProjectStatus.Published,
            [KlimaatraadGent, Jugendklimarot], ["admin@demo.test", "host@demo.test"], new(2025, 9, 1), new(2028, 6, 30),
            ["https://example.org/benelux-secretariat/climate-academy"], LookingFor.Expertise,
            [new(ImpactKind.PeopleReached, 2_400, null)],
            CreatedDaysAgo: 100, UpdatedDaysAgo: 8, ["anna@demo.test", "joost@demo.test", "claire@demo.test", "sem.bos@demo.test"]),
        new("Meegroeiende kwelders langs de Waddenkust",
            "Kwelderwerken voor de Friese en Groninger dijken dempen golven en groeien mee met de zeespiegel.",
            """
            Voor de dijken van **Friesland en Groningen** leggen we rijshoutdammen aan waarachter slib bezinkt. Zo ontstaan nieuwe
            kwelders die golven dempen en de dijk minder hoog hoeven te maken.

            Boeren en natuurbeheerders beheren de kwelders samen; we meten de opslibbing twee keer per jaar.
            """,
            Rijksdienst, [Theme.NatureBiodiversity, Theme.Adaptation], ["NL"], ["NL-FR", "NL-GR"], ProjectStage.Running, ProjectStatus.Published,
            [], ["sanne.visser@demo.test"], new(2022, 4, 1), new(2032, 12, 31),
            ["https://example.org/rijksdienst-klimaatadaptatie/wadden"], LookingFor.Data,
            [new(ImpactKind.HectaresRestored, 610, "https://example.org/rijksdienst-klimaatadaptatie/wadden/opslibbing"), new(ImpactKind.Co2eAvoided, 1_200, null)],
            CreatedDaysAgo: 185, UpdatedDaysAgo: 60, ["thijs.kramer@demo.test", "lars.dekker@demo.test"]),
        new("Deelfietsen tussen Maastricht en Luik (proef 2022)",
            "Een afgeronde proef met elektrische deelfietsen tussen de stations van Maastricht, Visé en Luik.",
            """
            In 2022 stonden 120 elektrische deelfietsen bij de stations van **Maastricht, Visé en Luik-Guillemins**. De proef is afgerond;
            de lessen zijn verwerkt in het Euregionale fietsplan.
            """,
            Maastricht, [Theme.Mobility], ["NL", "BE"], ["NL-LI", "BE-WLG"], ProjectStage.Completed, ProjectStatus.Archived,
            [], ["daan.mulder@demo.test"], new(2022, 4, 1), new(2022, 10, 31),
            ["https://example.org/maastricht-klimaat/deelfietsen"], LookingFor.None,
            [new(ImpactKind.Co2eAvoided, 60, null), new(ImpactKind.PeopleReached, 5_000, null)],
            CreatedDaysAgo: 170, UpdatedDaysAgo: 90, []),
        new("Droogtemonitor Demervallei",
            "Een open droogtekaart voor boeren en waterbeheerders in de Demervallei, gevoed door satellietbeelden en grondwatermetingen.",
            """
            De droogtemonitor combineert **satellietbeelden** met 90 grondwaterpeilbuizen tussen Diest en Aarschot. Boeren zien per perceel
            hoe droog hun bodem is; waterbeheerders zien waar beregeningsverboden nodig zijn.

            De kaart is open; de code delen we graag met partners in Nederlands Limburg.
            """,
            LeuvenCentre, [Theme.Water, Theme.AgricultureFood], ["BE"], ["BE-VBR", "BE-VLI"], ProjectStage.Running, ProjectStatus.Published,
            [], ["lotte.vermeulen@demo.test", "anna@demo.test"], new(2024, 5, 1), null,
            ["https://example.org/leuven-water-climate/droogtekaart"], LookingFor.Data,
            [new(ImpactKind.PeopleReached, 3_500, "https://example.org/leuven-water-climate/droogtekaart/gebruik")],
            CreatedDaysAgo: 130, UpdatedDaysAgo: 10, ["femke.jansen@demo.test", "iris.smit@demo.test"]),
        new("Forêts résilientes de l'Ardenne à l'Eifel",
            "Des propriétaires forestiers belges, luxembourgeois et allemands remplacent les épicéas dépérissants par des forêts mélangées.",
            """
            Sécheresses et scolytes ont tué des milliers d'hectares d'épicéas dans l'**Ardenne, l'Oesling et l'Eifel**. Avec des propriétaires
            privés et publics, nous testons des mélanges d'essences adaptées au climat de 2070.

            Nous cherchons des partenaires pour le suivi du carbone et des pépinières prêtes à produire des plants locaux.
            """,
            LiegeLab, [Theme.NatureBiodiversity, Theme.Adaptation], ["BE", "LU", "DE"], ["BE-WLX", "LU-CL", "LU-WI"], ProjectStage.SeekingPartners, ProjectStatus.Published,
            [TransitionMinett], ["julien.dubois@demo.test"], new(2026, 3, 1), new(2035, 12, 31),
            ["https://example.org/uliege-climate-lab/forets-resilientes"], LookingFor.Partners | LookingFor.Funding | LookingFor.Expertise,
            [new(ImpactKind.HectaresRestored, 1_250, null), new(ImpactKind.Co2eAvoided, 3_800, "https://example.org/uliege-climate-lab/forets-resilientes/carbone")],
            CreatedDaysAgo: 45, UpdatedDaysAgo: 1, ["katrin.schaefer@demo.test", "matthias.becker@demo.test", "marc.thill@demo.test"]),
    ];
}

internal sealed record DemoProject(
    string Title,
    string Summary,
    string Description,
    string Lead,
    Theme[] Themes,
    string[] Countries,
    string[] Regions,
    ProjectStage Stage,
    ProjectStatus Status,
    string[] Partners,
    string[] Contacts,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string[] Links,
    LookingFor LookingFor,
    ImpactFigure[] Impact,
    int CreatedDaysAgo,
    int UpdatedDaysAgo,
    string[] Followers);
