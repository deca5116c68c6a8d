using BeneluxClimate.Domain.Common;
using BeneluxClimate.Domain.Security;
using static BeneluxClimate.Domain.Persistence.DemoOrganisations;

namespace BeneluxClimate.Domain.Persistence;

/// <summary>
/// Demo members (Development only): the six accounts of CONTRACT.md first, then the wider network. Links point to
/// example domains, never to real personal pages. Days are counted back from the seeding time.
/// </summary>
internal static class DemoMembers
{
    public static readonly DemoMember[] All =
    [
        // The contract accounts: emails, names, roles, countries and actor types are part of the stable surface.
        new("admin@demo.test", "Sophie Lambert", "BE", "BE-BRU", ActorType.Government, 240,
            "Climate cooperation officer, Benelux Secretariat", [Theme.JustTransition, Theme.Finance], ["fr", "nl", "en"],
            ["Benelux cooperation", "climate finance", "just transition"],
            "I coordinate the climate work of the Benelux Secretariat and look after this network. Tell me which partner you are looking for: chances are someone here already works on it.")
        { Role = Roles.Admin, Organisation = Secretariat, OrganisationAdmin = true, ShowEmail = true },
        new("moderator@demo.test", "Pieter de Vries", "NL", "NL-ZH", ActorType.Government, 220,
            "Community moderator, Ministry of Infrastructure and Water Management", [Theme.Water, Theme.Adaptation], ["nl", "en"],
            ["water safety", "Delta Programme", "community moderation"],
            "Waterbouwkundige van huis uit, nu moderator van het platform. Ik zorg dat discussies over water en adaptatie open en respectvol blijven.")
        { Role = Roles.Moderator, Organisation = Rijksdienst },
        new("host@demo.test", "Marie Weber", "LU", "LU-LU", ActorType.Government, 210,
            "Events and outreach, Benelux Secretariat", [Theme.Education, Theme.JustTransition], ["lb", "fr", "de", "en"],
            ["event facilitation", "online sessions", "outreach"],
            "I host the network's webinars and site visits. Have a project worth showing? Propose a session and I will help you set it up.")
        { Role = Roles.EventHost, Organisation = Secretariat },
        new("anna@demo.test", "Anna Peeters", "BE", "BE-VBR", ActorType.Research, 180,
            "Hydrologist at KU Leuven, river floods and droughts", [Theme.Water, Theme.Adaptation], ["nl", "en", "fr"],
            ["hydrological modelling", "flood risk", "drought", "Maas basin"],
            "I model how the Dijle and the Demer react to extreme rain and long dry spells. Looking for water managers in the Netherlands to compare forecasts for the Maas.")
        { Organisation = LeuvenCentre },
        new("joost@demo.test", "Joost Bakker", "NL", "NL-ZE", ActorType.Business, 150,
            "Founder of a tidal energy start-up in Vlissingen", [Theme.MitigationEnergy, Theme.Water], ["nl", "en", "de"],
            ["tidal energy", "storm surge barriers", "start-up funding"],
            "Wij bouwen getijdenturbines die passen in bestaande keringen en sluizen. Na onze pilot in de Oosterschelde zoeken we een tweede locatie, graag in Vlaanderen.")
        { Organisation = Getijstroom, OrganisationAdmin = true, Links = ["https://example.com/getijstroom"] },
        new("claire@demo.test", "Claire Schmit", "LU", "LU-ES", ActorType.Youth, 120,
            "Youth climate council, Esch-sur-Alzette", [Theme.Education, Theme.Mobility], ["lb", "fr", "de", "en"],
            ["youth participation", "cycling", "school campaigns"],
            "Je représente le Jugendklimarot d'Esch. Nous voulons des chemins d'école sûrs à vélo dans tout le Minett.")
        { Organisation = Jugendklimarot },

        // Belgium
        new("thomas.claes@demo.test", "Thomas Claes", "BE", "BE-VBR", ActorType.Research, 540,
            "Head of the Leuven Centre for Water and Climate Research", [Theme.Water, Theme.Adaptation, Theme.NatureBiodiversity], ["nl", "en", "fr", "de"],
            ["groundwater", "nature-based solutions", "research management", "EU Horizon projects"],
            """
            I lead a team of twenty researchers working on floods, droughts and groundwater. We are looking for partners for a cross-border living lab on the Maas:

            - municipalities willing to test retention areas
            - farmers interested in water-buffering fields
            """)
        { Organisation = LeuvenCentre, OrganisationAdmin = true, ShowEmail = true, Links = ["https://example.org/leuven-water-climate"] },
        new("lotte.vermeulen@demo.test", "Lotte Vermeulen", "BE", "BE-VBR", ActorType.Research, 300,
            "Onderzoeker droogte en grondwater in de Demervallei", [Theme.Water, Theme.AgricultureFood], ["nl", "en", "fr"],
            ["droogte", "grondwatermodellering", "landbouw", "remote sensing"],
            "Ik onderzoek hoe lang droge zomers de grondwaterstand in Vlaanderen beïnvloeden. Onze droogtemonitor is open voor iedereen: [droogtekaart](https://example.org/leuven-water-climate/droogtekaart).")
        { Organisation = LeuvenCentre, MembersOnly = true },
        new("julien.dubois@demo.test", "Julien Dubois", "BE", "BE-WLG", ActorType.Research, 520,
            "Climatologue, responsable du Climate Lab de l'Université de Liège", [Theme.Adaptation, Theme.BuiltEnvironment], ["fr", "en", "de"],
            ["projections climatiques", "vagues de chaleur", "modèle MAR", "Grande Région"],
            "Je travaille sur les projections climatiques régionales pour la Wallonie. Depuis les inondations de 2021 dans la vallée de la Vesdre, notre labo accompagne les communes dans leur plan d'adaptation.")
        { Organisation = LiegeLab, OrganisationAdmin = true, Links = ["https://example.org/uliege-climate-lab"] },
        new("camille.renard@demo.test", "Camille Renard", "BE", "BE-WLG", ActorType.Research, 260,
            "Doctorante en modélisation des îlots de chaleur urbains", [Theme.BuiltEnvironment, Theme.Adaptation], ["fr", "en", "nl"],
            ["urban heat islands", "microclimate", "green roofs"],
            "My PhD looks at how trees and green roofs cool Liège during heat waves. I would love to compare measurements with researchers in Rotterdam or Luxembourg City.")
        { Organisation = LiegeLab },
        new("nicolas.lejeune@demo.test", "Nicolas Lejeune", "BE", "BE-WNA", ActorType.Business, 430,
            "Fondateur de Bâtir Circulaire, réemploi de matériaux de construction", [Theme.CircularEconomy, Theme.BuiltEnvironment], ["fr", "nl", "en"],
            ["réemploi", "démontage sélectif", "marchés publics circulaires", "inventaire de matériaux"],
            """
            Nous démontons des bâtiments au lieu de les démolir. En 2025 nous avons remis en circulation :

            - 180 000 briques
            - 2 400 m² de carrelage ancien
            """)
        { Organisation = BatirCirculaire, OrganisationAdmin = true, ShowEmail = true, Links = ["https://example.com/batir-circulaire"] },
        new("elise.martin@demo.test", "Elise Martin", "BE", "BE-WBR", ActorType.Business, 200,
            "Circular procurement advisor for public buildings", [Theme.CircularEconomy, Theme.Finance], ["fr", "en", "nl"],
            ["circular procurement", "tender writing", "life-cycle costing"],
            "I help municipalities write tenders that ask for reused and recycled materials. Happy to share our model clauses with anyone in the network.")
        { Organisation = BatirCirculaire },
        new("wout.desmet@demo.test", "Wout De Smet", "BE", "BE-VOV", ActorType.Youth, 380,
            "Voorzitter Jonge Klimaatraad Gent", [Theme.Mobility, Theme.Education, Theme.JustTransition], ["nl", "en", "fr"],
            ["jongerenparticipatie", "beleidsadvies", "campagnes", "fietsbeleid"],
            "Student politieke wetenschappen en voorzitter van de Jonge Klimaatraad. We adviseren het Gentse stadsbestuur en zoeken contact met jongerenraden in Nederland en Luxemburg.")
        { Organisation = KlimaatraadGent, OrganisationAdmin = true, Links = ["https://example.net/jonge-klimaatraad-gent"] },
        new("fien.maes@demo.test", "Fien Maes", "BE", "BE-VOV", ActorType.Youth, 95,
            "Student bio-ingenieur, trekker van de campagne voor groene speelplaatsen", [Theme.NatureBiodiversity, Theme.Education], ["nl", "en"],
            ["ontharding", "schoolomgeving", "biodiversiteit"],
            "Met de Jonge Klimaatraad helpen we scholen hun speelplaats te ontharden. Al twaalf Gentse scholen deden mee; volgend jaar willen we naar Antwerpen en Brussel.")
        { Organisation = KlimaatraadGent, MembersOnly = true },
        new("jan.wouters@demo.test", "Jan Wouters", "BE", "BE-VAN", ActorType.Citizen, 500,
            "Bestuurder energiecoöperatie Zonnig Kempen, gepensioneerd ingenieur", [Theme.MitigationEnergy, Theme.JustTransition], ["nl", "fr", "en"],
            ["zonne-energie", "energiegemeenschappen", "coöperaties", "energiearmoede"],
            "Na veertig jaar in de chemie zet ik me in voor burgerenergie. Onze coöperatie legt zonnepanelen op scholen en sporthallen in de Kempen, met de winst voor gezinnen in energiearmoede.")
        { Organisation = ZonnigKempen, OrganisationAdmin = true, ShowEmail = true, Links = ["https://example.net/zonnig-kempen"] },
        new("yasmina.elamrani@demo.test", "Yasmina El Amrani", "BE", "BE-BRU", ActorType.Citizen, 160,
            "Initiatrice d'une communauté d'énergie de quartier à Molenbeek", [Theme.JustTransition, Theme.MitigationEnergy], ["fr", "nl", "ar", "en"],
            ["communautés d'énergie", "précarité énergétique", "médiation de quartier"],
            "Avec mes voisins, nous partageons l'électricité de panneaux solaires posés sur une école. Je cherche des exemples de communautés d'énergie qui fonctionnent dans des quartiers populaires.")
        { MembersOnly = true },
        new("arnaud.vandenbroeck@demo.test", "Arnaud Van den Broeck", "BE", "BE-BRU", ActorType.Government, 330,
            "Policy adviser for cross-border climate adaptation, Benelux Secretariat", [Theme.Adaptation, Theme.Water], ["nl", "fr", "en", "de"],
            ["cross-border cooperation", "crisis management", "Benelux agreements"],
            "I follow the Benelux work on floods and heat: early warning across borders, shared crisis exercises and the exchange of experts between the three countries.")
        { Organisation = Secretariat, Links = ["https://example.org/benelux-secretariat/adaptation"] },

        // The Netherlands
        new("sanne.visser@demo.test", "Sanne Visser", "NL", "NL-ZH", ActorType.Government, 510,
            "Beleidsadviseur klimaatadaptatie en waterveiligheid", [Theme.Water, Theme.Adaptation], ["nl", "en", "de"],
            ["stresstesten", "risicodialoog", "waterveiligheid", "ruimtelijke adaptatie"],
            "Ik begeleid gemeenten en waterschappen bij hun klimaatstresstest en risicodialoog. Extra aandacht voor de grensregio's: water houdt zich niet aan landsgrenzen.")
        { Organisation = Rijksdienst, OrganisationAdmin = true, ShowEmail = true, Links = ["https://example.org/rijksdienst-klimaatadaptatie"] },
        new("daan.mulder@demo.test", "Daan Mulder", "NL", "NL-LI", ActorType.Government, 440,
            "Programmamanager energietransitie, gemeente Maastricht", [Theme.MitigationEnergy, Theme.BuiltEnvironment], ["nl", "fr", "de", "en"],
            ["warmtenetten", "aardgasvrije wijken", "Euregio Maas-Rijn", "programmamanagement"],
            "Ik werk aan de warmtetransitie van Maastricht, van restwarmte tot buurtwarmtenetten. Benieuwd hoe Luik en Aken dit aanpakken; laten we ervaringen delen.")
        { Organisation = Maastricht, OrganisationAdmin = true },
        new("femke.jansen@demo.test", "Femke Jansen", "NL", "NL-LI", ActorType.Government, 190,
            "Beleidsmedewerker groenblauwe stad, gemeente Maastricht", [Theme.Adaptation, Theme.NatureBiodiversity], ["nl", "en"],
            ["hittestress", "vergroening", "regenwateropvang"],
            "Ik maak de binnenstad klimaatbestendig: minder tegels, meer bomen en regenwater dat de grond in kan. Op zoek naar goede voorbeelden uit andere historische binnensteden.")
        { Organisation = Maastricht, MembersOnly = true },
        new("ruben.degraaf@demo.test", "Ruben de Graaf", "NL", "NL-ZE", ActorType.Business, 420,
            "Offshore engineer, tidal turbines in the Oosterschelde", [Theme.MitigationEnergy, Theme.Water], ["nl", "en"],
            ["tidal turbines", "marine engineering", "fish-friendly design"],
            "I design the turbine frames we mount in the Oosterschelde barrier and monitor how fish pass them. Before the start-up I spent ten years on offshore wind foundations.")
        { Organisation = Getijstroom, OrganisationAdmin = true },
        new("noor.hendriks@demo.test", "Noor Hendriks", "NL", "NL-ZE", ActorType.Business, 110,
            "Business developer at Getijstroom, tidal power for ports and locks", [Theme.MitigationEnergy, Theme.Finance], ["nl", "en", "fr"],
            ["business development", "port authorities", "energy contracts", "subsidies"],
            "Ik zoek havens en sluisbeheerders die hun eigen stroom uit het getij willen halen. Antwerpen, Gent en Terneuzen staan bovenaan mijn lijst.")
        { Organisation = Getijstroom, ShowEmail = true },
        new("lars.dekker@demo.test", "Lars Dekker", "NL", "NL-ZE", ActorType.NGO, 500,
            "Coördinator Scheldedelta Waterschap Coöperatie", [Theme.Water, Theme.AgricultureFood, Theme.NatureBiodiversity], ["nl", "en", "fr"],
            ["zoetwaterbuffers", "verzilting", "gebiedsprocessen", "grensoverschrijdende samenwerking"],
            """
            Onze coöperatie brengt boeren, natuurbeheerders en bewoners van Zeeland en Oost-Vlaanderen samen. Lopende projecten:

            - zoetwater opslaan in kreekruggen
            - proeven met zilte teelten
            """)
        { Organisation = Scheldedelta, OrganisationAdmin = true, ShowEmail = true, Links = ["https://example.org/scheldedelta-cooperatie"] },
        new("esther.vandijk@demo.test", "Esther van Dijk", "NL", "NL-ZE", ActorType.NGO, 75,
            "Ecoloog, herstel van schorren en slikken in de Westerschelde", [Theme.NatureBiodiversity, Theme.Water], ["nl", "en"],
            ["kwelderherstel", "estuariene ecologie", "monitoring", "vogeltellingen"],
            "Ik volg hoe nieuw aangelegde schorren in de Westerschelde zich ontwikkelen. Net verhuisd naar Middelburg en graag actief in de coöperatie.")
        { Organisation = Scheldedelta, JoinRequestPending = true },
        new("sem.bos@demo.test", "Sem Bos", "NL", "NL-UT", ActorType.Youth, 230,
            "Youth climate delegate, student of sustainable development in Utrecht", [Theme.JustTransition, Theme.Education], ["nl", "en", "de"],
            ["climate negotiations", "youth representation", "public speaking"],
            "I represented Dutch young people at the last two climate summits. Now I want to build a Benelux youth network that prepares the next COP together.")
        { Links = ["https://example.net/youth-climate-delegates"] },
        new("iris.smit@demo.test", "Iris Smit", "NL", "NL-GE", ActorType.Research, 350,
            "Onderzoeker bodemkoolstof en regeneratieve landbouw", [Theme.AgricultureFood, Theme.NatureBiodiversity], ["nl", "en", "de"],
            ["soil carbon", "regenerative agriculture", "field trials", "carbon farming"],
            "Op proefvelden in de Gelderse Vallei meet ik hoeveel koolstof akkers kunnen vastleggen met groenbemesters en minder ploegen. Zoek boeren in België en Luxemburg voor vergelijkende proeven.")
        { MembersOnly = true },
        new("thijs.kramer@demo.test", "Thijs Kramer", "NL", "NL-FR", ActorType.Citizen, 280,
            "Vrijwilliger dorpsenergiecoöperatie in Friesland", [Theme.MitigationEnergy, Theme.JustTransition], ["nl", "en"],
            ["dorpsenergie", "zonnedaken", "vrijwilligerswerk"],
            "In ons dorp van 600 inwoners wekken we samen meer stroom op dan we verbruiken. Ik deel graag wat we leerden over vergunningen, netcongestie en het meekrijgen van de buren.")
        { ShowEmail = true },
        new("mila.verbeek@demo.test", "Mila Verbeek", "NL", "NL-NH", ActorType.Business, 140,
            "Sustainable finance analyst, green bonds for housing associations", [Theme.Finance, Theme.BuiltEnvironment], ["nl", "en", "fr"],
            ["green bonds", "EU taxonomy", "housing retrofit", "impact reporting"],
            "I structure green bonds that pay for insulating social housing. Interested in how Belgian and Luxembourgish housing companies finance deep renovation.")
        { Links = ["https://example.com/green-housing-finance"] },

        // Luxembourg
        new("laurent.hoffmann@demo.test", "Laurent Hoffmann", "LU", "LU-ES", ActorType.Research, 530,
            "Materials scientist, director of the Luxembourg Institute for Circular Materials", [Theme.CircularEconomy, Theme.BuiltEnvironment], ["lb", "fr", "de", "en"],
            ["recycled concrete", "material passports", "applied research", "industry partnerships"],
            "Our testing hall in Belval certifies recycled concrete, steel and timber for new buildings. We welcome construction firms from the whole Greater Region to test their materials with us.")
        { Organisation = CircularMaterials, OrganisationAdmin = true, ShowEmail = true, Links = ["https://example.org/licm"] },
        new("sarah.muller@demo.test", "Sarah Muller", "LU", "LU-LU", ActorType.Research, 270,
            "Chercheuse en analyse du cycle de vie des bétons recyclés", [Theme.CircularEconomy, Theme.MitigationEnergy], ["fr", "lb", "en", "de"],
            ["analyse du cycle de vie", "bilan carbone", "béton recyclé"],
            "Je calcule l'empreinte carbone des matériaux de construction recyclés, de la démolition au nouveau chantier. Mes résultats sont publiés en accès ouvert.")
        { Organisation = CircularMaterials, MembersOnly = true },
        new("tom.reuter@demo.test", "Tom Reuter", "LU", "LU-ES", ActorType.Youth, 400,
            "President vum Jugendklimarot Esch-Uelzecht", [Theme.Mobility, Theme.Education], ["lb", "fr", "de", "en"],
            ["Jugendbedeelegung", "Gemengepolitik", "Vëlosweeër"],
            "Ech studéieren Ingenieurswëssenschaften op der Uni zu Belval a presidéieren de Jugendklimarot. Mir wëllen, datt Jonker an all Minett-Gemeng matschwätzen, wann et ëm Klima geet.")
        { Organisation = Jugendklimarot, OrganisationAdmin = true, Links = ["https://example.net/jugendklimarot-esch"] },
        new("lena.kremer@demo.test", "Lena Kremer", "LU", "LU-ES", ActorType.Youth, 85,
            "Schülerin und Mitglied im Jugendklimarot, sichere Schulwege mit dem Rad", [Theme.Mobility, Theme.Education], ["lb", "de", "fr", "en"],
            ["Radverkehr", "Schulprojekte", "Kampagnen"],
            "Ich gehe aufs Lycée in Esch und kartiere mit meiner Klasse gefährliche Stellen auf dem Schulweg. Die Karte geben wir dem Schöffenrat.")
        { Organisation = Jugendklimarot, MembersOnly = true },
        new("paul.wagner@demo.test", "Paul Wagner", "LU", "LU-ES", ActorType.NGO, 470,
            "Coordinateur de Transition Minett, jardins partagés et repair cafés", [Theme.CircularEconomy, Theme.AgricultureFood, Theme.JustTransition], ["lb", "fr", "de", "pt"],
            ["transition citoyenne", "repair cafés", "jardins partagés", "pacte climat"],
            """
            Transition Minett fait vivre la transition dans le sud du pays, quartier par quartier :

            - douze jardins partagés
            - un repair café chaque mois dans quatre communes
            """)
        { Organisation = TransitionMinett, OrganisationAdmin = true, ShowEmail = true, Links = ["https://example.org/transition-minett"] },
        new("nathalie.schroeder@demo.test", "Nathalie Schroeder", "LU", "LU-DI", ActorType.Government, 360,
            "Klimapakt-Beroderin fir d'Gemengen am Norden", [Theme.MitigationEnergy, Theme.Adaptation], ["lb", "fr", "de", "en"],
            ["Klimapakt", "kommunale Energieplanung", "Gemengen"],
            "Ich begleite die Gemeinden im Norden Luxemburgs bei ihrem Klimapakt, von der Energiebuchhaltung bis zum Hochwasserschutz an der Sauer."),
        new("marc.thill@demo.test", "Marc Thill", "LU", "LU-RD", ActorType.Citizen, 250,
            "Biobauer a Member vun enger Energiekooperativ", [Theme.AgricultureFood, Theme.MitigationEnergy], ["lb", "de", "fr"],
            ["Biolandwirtschaft", "Biogas", "Agri-PV"],
            "Op eisem Haff am Atert-Dall produzéiere mir Bio-Mëllech a Stroum vum Daach. Ech wëll weisen, datt Landwirtschaft a Klimaschutz zesumme ginn.")
        { MembersOnly = true },

        // Partners from elsewhere
        new("katrin.schaefer@demo.test", "Katrin Schäfer", "DE", null, ActorType.Research, 65,
            "Energiesystemforscherin in Aachen, Schwerpunkt Euregio Maas-Rhein", [Theme.MitigationEnergy, Theme.Mobility], ["de", "nl", "en"],
            ["Energiesystemmodellierung", "Wasserstoff", "grenzüberschreitende Netze"],
            "Ich modelliere, wie Strom- und Wasserstoffnetze über die Grenzen von Deutschland, Belgien und den Niederlanden zusammenwachsen können. Offen für gemeinsame Anträge.")
        { Organisation = LeuvenCentre, JoinRequestPending = true, Links = ["https://example.org/euregio-energy-systems"] },
        new("matthias.becker@demo.test", "Matthias Becker", "DE", null, ActorType.NGO, 320,
            "Netzwerker für grenzüberschreitende Klimaprojekte in der Großregion, Trier", [Theme.JustTransition, Theme.Education], ["de", "fr", "lb", "en"],
            ["Großregion", "Bürgerbeteiligung", "Fördermittel Interreg"],
            "Von Trier aus bringe ich Initiativen aus Rheinland-Pfalz, Luxemburg und Lothringen zusammen. Mit Transition Minett organisieren wir grenzüberschreitende Repair-Café-Touren.")
        { Organisation = TransitionMinett },
        new("aurelie.colin@demo.test", "Aurélie Colin", "FR", null, ActorType.Government, 210,
            "Chargée de mission transition énergétique pour une intercommunalité lorraine", [Theme.MitigationEnergy, Theme.Mobility], ["fr", "de", "en"],
            ["plan climat territorial", "mobilité transfrontalière", "rénovation énergétique"],
            "Chaque jour, des dizaines de milliers de Lorrains travaillent au Luxembourg. Je travaille sur le covoiturage et les trains transfrontaliers pour réduire ces trajets en voiture.")
        { ShowEmail = true },
    ];

    /// <summary>Registered but not onboarded yet: they must not appear in the directory.</summary>
    public static readonly (string Email, string Name, int JoinedDaysAgo)[] NotOnboarded =
    [
        ("bram.jacobs@demo.test", "Bram Jacobs", 62),
        ("koen.willems@demo.test", "Koen Willems", 70),
    ];
}

internal sealed record DemoMember(
    string Email, string Name, string Country, string? Region, ActorType ActorType, int JoinedDaysAgo,
    string Headline, Theme[] Themes, string[] Languages, string[] Expertise, string Bio)
{
    public string? Role { get; init; }
    public string? Organisation { get; init; }
    public bool OrganisationAdmin { get; init; }
    public bool JoinRequestPending { get; init; }
    public string[] Links { get; init; } = [];
    public bool MembersOnly { get; init; }
    public bool ShowEmail { get; init; }
}
