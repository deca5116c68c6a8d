using BeneluxClimate.Domain.Common;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Demo organisations (Development only): fictional, but the kind the network really gathers. Websites are on
/// example domains; Belgian enterprise numbers carry valid check digits (97 - first eight digits mod 97).
/// </summary>
internal static class DemoOrganisations
{
    public const string Secretariat = "Benelux Secretariat";
    public const string Rijksdienst = "Rijksdienst voor Klimaatadaptatie en Waterbeheer";
    public const string LeuvenCentre = "Leuven Centre for Water and Climate Research";
    public const string LiegeLab = "Université de Liège – Climate Lab";
    public const string Getijstroom = "Getijstroom Energie B.V.";
    public const string Jugendklimarot = "Jugendklimarot Esch-Uelzecht";
    public const string CircularMaterials = "Luxembourg Institute for Circular Materials";
    public const string KlimaatraadGent = "Jonge Klimaatraad Gent";
    public const string Scheldedelta = "Scheldedelta Waterschap Coöperatie";
    public const string ZonnigKempen = "Energiecoöperatie Zonnig Kempen";
    public const string Maastricht = "Gemeente Maastricht – Team Klimaat en Energie";
    public const string TransitionMinett = "Transition Minett asbl";
    public const string BatirCirculaire = "Bâtir Circulaire SRL";

    public static readonly DemoOrganisation[] All =
    [
        new(Secretariat, ActorType.Government, "BE", "https://example.org/benelux-secretariat", "",
            """
            The Benelux Secretariat in Brussels supports cooperation between Belgium, the Netherlands and Luxembourg.
            It runs this climate platform and organises its events, together with partners from all three countries.

            - cross-border climate cooperation
            - the Benelux climate network and its events
            """),
        new(Rijksdienst, ActorType.Government, "NL", "https://example.org/rijksdienst-klimaatadaptatie", "52814307",
            """
            Uitvoeringsorganisatie voor klimaatadaptatie en waterbeheer. Wij ondersteunen provincies, waterschappen en
            gemeenten bij stresstests, risicodialogen en uitvoeringsagenda's, en werken over de grens samen met
            Vlaanderen en Wallonië aan de stroomgebieden van Maas en Schelde.
            """),
        new(LeuvenCentre, ActorType.Research, "BE", "https://example.org/leuven-water-climate", "0471.832.546",
            """
            An interdisciplinary research centre on floods, droughts and groundwater in a changing climate.
            We build hydrological models for the Dijle, Demer and Maas basins and share our data with water managers.

            Open to joint PhD projects with partners across the Benelux.
            """),
        new(LiegeLab, ActorType.Research, "BE", "https://example.org/uliege-climate-lab", "0812.459.033",
            """
            Le Climate Lab rassemble climatologues, géographes et ingénieurs autour des projections climatiques régionales
            pour la Wallonie et la Grande Région. Nous travaillons sur les vagues de chaleur, les crues de la Vesdre et
            l'adaptation des villes.
            """),
        new(Getijstroom, ActorType.Business, "NL", "https://example.com/getijstroom", "71936542",
            """
            Getijstroom ontwikkelt kleine getijdenturbines voor stormvloedkeringen, sluizen en havens.
            Na een pilot in de Oosterschelde zoeken we partners voor een tweede locatie in de Schelde-delta.
            """),
        new(Jugendklimarot, ActorType.Youth, "LU", "https://example.net/jugendklimarot-esch", "B248913",
            """
            De Jugendklimarot ass de Klimarot vun de Jonken aus Esch-Uelzecht. Mir bréngen Iddien vu Jonke bei de
            Gemengerot an organiséieren Atelieren a Schoulen.

            - sécher Schoulweeër mam Vëlo
            - méi Gréngs am Minett
            """),
        new(CircularMaterials, ActorType.Research, "LU", "https://example.org/licm", "B187402",
            """
            Applied research on recycled concrete, steel and timber for the construction sector of the Greater Region.
            We run a testing hall in Belval and help companies prove the quality of secondary materials.
            """),
        new(KlimaatraadGent, ActorType.Youth, "BE", "https://example.net/jonge-klimaatraad-gent", "0327.641.947",
            """
            Jongeren tussen 16 en 26 die het Gentse klimaatbeleid mee vormgeven. We geven advies aan het stadsbestuur,
            organiseren klimaatcafés en trekken campagnes rond fietsstraten en groene speelplaatsen.
            """),
        new(Scheldedelta, ActorType.NGO, "NL", "https://example.org/scheldedelta-cooperatie", "60217835",
            """
            Een coöperatie van boeren, natuurorganisaties en bewoners aan beide kanten van de grens, die samen werkt aan
            zoetwaterbuffers, kwelderherstel en brakke landbouw in de Schelde-delta.
            """),
        new(ZonnigKempen, ActorType.Citizen, "BE", "https://example.net/zonnig-kempen", "0756.310.879",
            """
            Burgers uit de Kempen die samen investeren in zonnepanelen op scholen en sporthallen.
            Ruim 900 coöperanten; de winst gaat naar energiearmoede-projecten in de regio.
            """),
        new(Maastricht, ActorType.Government, "NL", "https://example.org/maastricht-klimaat", "14032987",
            """
            Het gemeentelijke team voor klimaat en energie: aardgasvrije wijken, warmtenetten en een klimaatbestendige
            binnenstad. We werken in de Euregio Maas-Rijn samen met Luik, Hasselt en Aken.
            """),
        new(TransitionMinett, ActorType.NGO, "LU", "https://example.org/transition-minett", "B211586",
            """
            Association citoyenne du sud du Luxembourg : jardins partagés, repair cafés et une coopérative d'énergie
            solaire. Nous accompagnons les communes du Minett dans leurs pactes climat.
            """),
        new(BatirCirculaire, ActorType.Business, "BE", "https://example.com/batir-circulaire", "0645.921.317",
            """
            PME namuroise spécialisée dans le démontage sélectif et le réemploi de matériaux de construction :
            briques, poutres, carrelages. Nous conseillons aussi les pouvoirs publics sur les marchés circulaires.
            """),
    ];
}

internal sealed record DemoOrganisation(
    string Name, ActorType Type, string Country, string Website, string RegistryNumber, string Description);
