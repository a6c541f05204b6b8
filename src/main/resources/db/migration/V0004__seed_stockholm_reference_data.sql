-- Reference data of the Stockholm pilot: eight city districts (stadsdelsförvaltningar) and sixteen schools.
INSERT INTO case_programme (name) VALUES ('Stockholms stads pilotprogram mot problematisk skolfrånvaro');

INSERT INTO case_district (name) VALUES
    ('Hässelby-Vällingby'), ('Rinkeby-Kista'), ('Spånga-Tensta'), ('Enskede-Årsta-Vantör'),
    ('Skarpnäck'), ('Farsta'), ('Älvsjö'), ('Skärholmen');

INSERT INTO case_school (name, district_id)
SELECT s.name, d.id FROM (
    SELECT 'Solbergaskolan' AS name, 'Älvsjö' AS district
    UNION ALL SELECT 'Gubbängsskolan', 'Farsta'
    UNION ALL SELECT 'Kvickentorpsskolan', 'Farsta'
    UNION ALL SELECT 'Hökarängsskolan', 'Farsta'
    UNION ALL SELECT 'Bagarmossens skola', 'Skarpnäck'
    UNION ALL SELECT 'Tätorpsskolan', 'Skarpnäck'
    UNION ALL SELECT 'Rågsvedsskolan', 'Enskede-Årsta-Vantör'
    UNION ALL SELECT 'Hjulstaskolan', 'Spånga-Tensta'
    UNION ALL SELECT 'Hässelbygårdsskolan', 'Hässelby-Vällingby'
    UNION ALL SELECT 'Sätraskolan', 'Skärholmen'
    UNION ALL SELECT 'Bredängsskolan', 'Skärholmen'
    UNION ALL SELECT 'Ärvingeskolan', 'Rinkeby-Kista'
    UNION ALL SELECT 'Akalla grundskola', 'Rinkeby-Kista'
    UNION ALL SELECT 'Rinkebyskolan', 'Rinkeby-Kista'
    UNION ALL SELECT 'Husbygårdsskolan', 'Rinkeby-Kista'
    UNION ALL SELECT 'Grimstaskolan', 'Hässelby-Vällingby'
) s JOIN case_district d ON d.name = s.district;
