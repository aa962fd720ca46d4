// Common given names of the seven lexicon languages' countries, kept as data for the person-name
// value detector. Compiled from national first-name frequency lists (US SSA, UK ONS, German
// GfdS, French INSEE, Spanish INE, Italian ISTAT, Dutch Meertens Instituut, Portuguese IRN);
// stored accent-folded and lower-case. Names that are as often ordinary words, colours, months
// or places (Rose, April, Florence, Paris, Georgia, Victoria, Jordan, Austin, Grace, Hope) are
// left out on purpose: a column of cities or colours must not read as given names.

const NAMES = `
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven
paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur
lawrence jesse dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
elijah louis bobby philip johnny noah liam oliver harry oscar charlie alfie leo archie freddie theo arlo
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily
donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna
brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth
julie olivia joyce kelly christina lauren joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria
teresa ann sara kathryn janice jean abigail alice judy sophia denise marilyn danielle beverly isabella theresa diana
natalie brittany doris kayla alexis lori marie amelia isla ava mia ella poppy freya sophie lucy chloe eleanor millie
eddie 
lukas leon luca finn jonas elias paul felix maximilian julian moritz niklas tim jan tobias florian sebastian stefan andreas
markus christian matthias wolfgang klaus juergen dieter uwe horst helmut manfred guenter werner gerhard rainer hans karl
heinz frank torsten dirk sven joerg ralf bernd volker kai lars nils malte jannik hendrik ole
sophie marie hannah mia lena lea emilia lina laura lara johanna leonie clara anna katharina julia sabine petra monika ursula
renate gabriele birgit andrea susanne claudia stefanie nicole kerstin anja heike silke ute karin ingrid brigitte helga
gisela erika christa elke jutta dagmar tanja melanie jessica franziska annika jana svenja frieda greta ida
jean pierre michel philippe alain nicolas patrick christophe laurent frederic eric stephane sebastien julien david thierry
olivier francois jacques bernard daniel pascal christian guillaume antoine maxime alexandre romain thomas mathieu vincent
jerome didier yves gilles rene andre claude herve bruno arnaud benoit clement hugo louis gabriel raphael arthur lucas theo
nathalie isabelle sylvie catherine martine francoise christine monique valerie sandrine stephanie veronique sophie celine
chantal nicole aurelie caroline emilie julie camille manon lea chloe ines louise alice lina zoe margaux pauline
helene brigitte jacqueline danielle genevieve josiane odile agnes annie corinne delphine elodie
antonio jose manuel francisco juan david javier jesus daniel carlos miguel alejandro rafael pedro angel pablo fernando
sergio luis jorge alberto alvaro diego adrian raul enrique ramon vicente ignacio andres joaquin emilio gonzalo
mario ruben oscar marcos hugo martin iker unai
maria carmen josefa isabel ana laura cristina marta lucia pilar paula elena raquel sara manuela rosario
beatriz encarnacion julia teresa patricia nuria silvia montserrat irene rocio andrea concepcion monica 
alicia inmaculada marina angela susana yolanda esther natalia eva noelia veronica
giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno paolo michele
giorgio aldo sergio luciano alessandro andrea marco matteo lorenzo leonardo riccardo davide federico stefano massimo
fabio roberto simone gabriele emanuele alberto claudio enrico filippo tommaso edoardo giacomo nicola raffaele
giulia chiara francesca sara martina valentina alessia elisa federica silvia elena paola laura anna maria giovanna
 angela lucia teresa carla patrizia daniela antonella roberta barbara cristina monica raffaella stefania manuela
 aurora ginevra beatrice alice ludovica emma greta
jan peter johannes cornelis hendrik gerrit jacobus willem dirk pieter hans henk kees bert wim jeroen sander bas
thijs daan sem lucas levi bram ruben jesse stijn niels koen joost maarten rick tom tim mark erik jeroen
maria johanna anna cornelia elisabeth wilhelmina hendrika adriana geertje jannetje anneke ingrid marieke sanne
lotte fleur femke eva anouk lisa sophie julia tess saar nina noor emma lieke marloes esther mirjam
joao jose antonio francisco manuel carlos paulo pedro luis jorge rui nuno miguel tiago ricardo bruno andre goncalo
diogo rafael duarte afonso tomas rodrigo martim 
maria ana joana mariana beatriz catarina ines rita sara margarida carolina leonor matilde francisca filipa
teresa fernanda helena luisa madalena patricia
`;

/** The given-name set, accent-folded and lower-cased (the tokenizer's folding). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n !== ''));
