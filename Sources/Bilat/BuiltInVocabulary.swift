// Generated from Datasets/extraction by Tests/BilatTests/BuiltInFilesTests.swift; do not edit.
// After changing those files run `BILAT_UPDATE_GOLDEN=1 swift test --filter BuiltInFilesTests`.

/// The extractor's vocabulary, compiled in so `bilat extract` works from any folder.
/// Rows of a project's `Datasets/extraction/cues.csv` and `countries.csv` are added to these.
public enum BuiltInVocabulary {
    /// File name → contents, sorted by name.
    public static let files: [(name: String, text: String)] = [
        ("countries.csv", #"""
code,name
AZE,Azerbaijan
AZE,Azerbaijani
AZE,Azerbaijanis
AZE,Azeri
AZE,Azeris
AZE,Baku
AZE,Republic of Azerbaijan
PAK,Pakistan
PAK,Pakistani
PAK,Pakistanis
PAK,Islamabad
PAK,Islamic Republic of Pakistan
TUR,Turkey
TUR,Türkiye
TUR,Turkish
TUR,Ankara
IRN,Iran
IRN,Iranian
IRN,Tehran
RUS,Russia
RUS,Russian
RUS,Moscow
CHN,China
CHN,Chinese
CHN,Beijing
IND,India
IND,Indian
IND,New Delhi
ARM,Armenia
ARM,Armenian
ARM,Yerevan
GEO,Georgia
GEO,Georgian
GEO,Tbilisi
KAZ,Kazakhstan
KAZ,Kazakh
KAZ,Astana
KAZ,Almaty
UZB,Uzbekistan
UZB,Uzbek
UZB,Tashkent
TKM,Turkmenistan
TKM,Turkmen
AFG,Afghanistan
AFG,Afghan
AFG,Kabul
SAU,Saudi Arabia
SAU,Saudi
SAU,Riyadh
ARE,United Arab Emirates
ARE,UAE
ARE,Emirati
ARE,Abu Dhabi
ARE,Dubai
QAT,Qatar
QAT,Qatari
QAT,Doha
ISR,Israel
ISR,Israeli
USA,United States
USA,American
USA,Washington
GBR,United Kingdom
GBR,Britain
GBR,British
GBR,UK
GBR,London
FRA,France
FRA,French
DEU,Germany
DEU,German
UKR,Ukraine
UKR,Ukrainian
BGD,Bangladesh
EGY,Egypt
EUU,European Union
EUU,EU
GCC,Gulf
IMF,IMF
IMF,International Monetary Fund
WBG,World Bank
ADB,Asian Development Bank
PAK,Karachi
PAK,Lahore
IND,Mumbai
ISR,Tel Aviv
ISR,Jerusalem
TKM,Ashgabat
BGD,Bangladeshi
BGD,Dhaka
EGY,Egyptian
EGY,Cairo
VNM,Vietnam
JPN,Japan
JPN,Japanese
KOR,South Korea
IRQ,Iraq
IRQ,Iraqi
OMN,Oman
KWT,Kuwait
BHR,Bahrain
GRC,Greece
IDN,Indonesia
MYS,Malaysia
LKA,Sri Lanka
KGZ,Kyrgyzstan
TJK,Tajikistan
BLR,Belarus
ITA,Italy
ITA,Italian
ESP,Spain
BRA,Brazil
NLD,Netherlands
CHE,Switzerland
SGP,Singapore
HKG,Hong Kong

"""#),
        ("cues.csv", #"""
indicator,role,phrase,direction,reason,weight
trade_turnover,cue,turnover,both,,
trade_turnover,cue,trade turnover,both,,
trade_turnover,cue,trade,both,,
trade_turnover,cue,traded,both,,
trade_turnover,cue,trade volume,both,,
trade_turnover,cue,volume of trade,both,,
trade_turnover,cue,bilateral trade,both,,
trade_turnover,cue,trade between,both,,
trade_turnover,cue,commerce,both,,
trade_turnover,cue,commodity circulation,both,,
exports,cue,export*,to_partner,,
exports,cue,shipments,to_partner,,
exports,cue,shipped,to_partner,,
exports,cue,sold goods,to_partner,,
exports,cue,sold,to_partner,,
imports,cue,import*,from_partner,,
imports,cue,bought goods,from_partner,,
imports,cue,purchases from,from_partner,,
aid,cue,aid,to_partner,,
aid,cue,assistance,to_partner,,
aid,cue,humanitarian,to_partner,,
aid,cue,relief,to_partner,,
aid,cue,donat*,to_partner,,
aid,cue,grant,to_partner,,
aid,cue,grants,to_partner,,
aid,cue,earthquake,to_partner,,
aid,cue,flood*,to_partner,,
aid,cue,victims,to_partner,,
aid,cue,reconstruction,to_partner,,
defence_deal_value,cue,deal,to_partner,,
defence_deal_value,cue,contract,to_partner,,
defence_deal_value,cue,arms,to_partner,,
defence_deal_value,cue,weapons,to_partner,,
defence_deal_value,cue,fighter*,to_partner,,
defence_deal_value,cue,jets,to_partner,,
defence_deal_value,cue,aircraft,to_partner,,
defence_deal_value,cue,military equipment,to_partner,,
defence_deal_value,cue,defence purchase,to_partner,,
defence_deal_value,cue,defense purchase,to_partner,,
defence_deal_value,cue,drones,to_partner,,
defence_deal_value,cue,tanks,to_partner,,
defence_deal_value,cue,warships,to_partner,,
defence_deal_value,cue,missiles,to_partner,,
investment,cue,invest*,to_partner,,0.9
investment_pledged,cue,pledg*,to_partner,,
investment_pledged,cue,funding for projects,to_partner,,
personnel_trained,cue,train*,to_partner,,
personnel_trained,cue,instruct*,to_partner,,
personnel_trained,cue,courses,to_partner,,
personnel_trained,cue,graduated,to_partner,,
personnel_trained,unit,officer*,,,
personnel_trained,unit,cadet*,,,
personnel_trained,unit,servicem*,,,
personnel_trained,unit,soldiers,,,
personnel_trained,unit,troops,,,
personnel_trained,unit,personnel,,,
personnel_trained,unit,pilots,,,
personnel_trained,unit,military units,,,
personnel_trained,unit,specialists,,,
personnel_trained,unit,trainees,,,
personnel_trained,unit,instructors,,,
agreements_signed,cue,sign*,both,,
agreements_signed,cue,concluded,both,,
agreements_signed,cue,inked,both,,
agreements_signed,unit,documents,,,
agreements_signed,unit,agreements,,,
agreements_signed,unit,memorand*,,,
agreements_signed,unit,protocols,,,
agreements_signed,unit,accords,,,
agreements_signed,unit,treaties,,,
agreements_signed,unit,deals,,,
agreements_signed,unit,mous,,,
students_funded,cue,scholarship*,to_partner,,
students_funded,cue,stipend*,to_partner,,
students_funded,cue,funded,to_partner,,
students_funded,cue,study,to_partner,,
students_funded,cue,studying,to_partner,,
students_funded,unit,students,,,
students_funded,unit,scholars,,,
students_funded,unit,scholarships,,,
medical_aid,cue,medic*,to_partner,,
medical_aid,cue,vaccin*,to_partner,,
medical_aid,cue,drugs,to_partner,,
medical_aid,cue,pharmaceutical*,to_partner,,
medical_aid,unit,doses,,,
medical_aid,unit,tonnes,,,
medical_aid,unit,tons,,,
medical_aid,unit,boxes,,,
universities_covered,cue,universit*,to_partner,,
universities_covered,unit,universities,,,
,exclude,overall foreign trade,,a country's trade with the whole world is not a bilateral figure,
,exclude,total foreign trade,,a country's trade with the whole world is not a bilateral figure,
,exclude,trade with the world,,a country's trade with the whole world is not a bilateral figure,
,exclude,with all countries,,a country's trade with the whole world is not a bilateral figure,
,exclude,global trade,,not a bilateral figure,
,exclude,worldwide,,not a bilateral figure,
,exclude,gdp,,"a national aggregate, not a bilateral figure",
,exclude,gross domestic product,,"a national aggregate, not a bilateral figure",
,exclude,state budget,,"a national aggregate, not a bilateral figure",
,exclude,defence budget,,"a national aggregate, not a bilateral figure",
,exclude,defense budget,,"a national aggregate, not a bilateral figure",
,exclude,military budget,,"a national aggregate, not a bilateral figure",
,exclude,population,,not a bilateral figure,
,exclude,goal,,"a goal or target, not a reported figure",
,exclude,target,,"a goal or target, not a reported figure",
,exclude,targets,,"a goal or target, not a reported figure",
,exclude,aim to,,"a goal or target, not a reported figure",
,exclude,aims to,,"a goal or target, not a reported figure",
,exclude,aiming,,"a goal or target, not a reported figure",
,exclude,ambition,,"a goal or target, not a reported figure",
,exclude,potential,,"a potential, not a reported figure",
,exclude,could reach,,"a forecast, not a reported figure",
,exclude,forecast*,,"a forecast, not a reported figure",
,exclude,projected,,"a forecast, not a reported figure",
,exclude,in the next,,"a forecast, not a reported figure",
,exclude,subscri*,,page furniture,
,exclude,advert*,,page furniture,
,exclude,sponsored,,page furniture,
,exclude,newsletter,,page furniture,
,exclude,all rights reserved,,page furniture,
,exclude,copyright,,page furniture,
,exclude,sign up,,page furniture,
,exclude,read more,,page furniture,
,exclude,premium,,page furniture,
,exclude,paywall,,page furniture,
,exclude,ticket*,,"a price, not a bilateral figure",
,exclude,salary,,not a bilateral figure,
,exclude,per capita,,not a bilateral figure,
students_funded,cue,fund,to_partner,,
students_funded,cue,funds,to_partner,,
students_funded,cue,funding,to_partner,,
aid,cue,sent,to_partner,,
defence_deal_value,cue,artillery,to_partner,,
defence_deal_value,cue,ammunition,to_partner,,
defence_deal_value,cue,munitions,to_partner,,
defence_deal_value,cue,shells,to_partner,,
medical_aid,cue,protective equipment,to_partner,,
medical_aid,cue,ppe,to_partner,,
medical_aid,cue,health workers,to_partner,,
medical_aid,cue,hospitals,to_partner,,
medical_aid,strong-unit,masks,,,
medical_aid,strong-unit,medical masks,,,
medical_aid,strong-unit,surgical masks,,,
medical_aid,strong-unit,respirators,,,
medical_aid,strong-unit,testing kits,,,
medical_aid,strong-unit,test kits,,,
medical_aid,strong-unit,ventilators,,,
medical_aid,strong-unit,ampoules,,,
medical_aid,strong-unit,vials,,,
medical_aid,unit,kits,,,
medical_aid,unit,sets,,,
medical_aid,unit,gloves,,,
medical_aid,unit,pallets,,,
,exclude,aimed,,"a goal or target, not a reported figure",
,exclude,previously published,,a superseded figure,
,exclude,previously reported,,a superseded figure,
,exclude,initially reported,,a superseded figure,
,exclude,earlier estimate,,a superseded figure,
exports,exclude,defence exports,,"a national total of arms exports, not a bilateral trade figure",
exports,exclude,defense exports,,"a national total of arms exports, not a bilateral trade figure",
exports,exclude,arms exports,,"a national total of arms exports, not a bilateral trade figure",
trade_turnover,cue,goods,both,,0.4
,exclude,total exports,,"a national total, not a bilateral figure",
,exclude,total imports,,"a national total, not a bilateral figure",
,exclude,overall exports,,"a national total, not a bilateral figure",
,exclude,overall imports,,"a national total, not a bilateral figure",
,exclude,lift,,"a goal or target, not a reported figure",
,exclude,boost,,"a goal or target, not a reported figure",
,exclude,raise,,"a goal or target, not a reported figure",
,exclude,to increase,,"a goal or target, not a reported figure",
,exclude,to double,,"a goal or target, not a reported figure",
,exclude,to triple,,"a goal or target, not a reported figure",
,exclude,doubling,,"a goal or target, not a reported figure",
,exclude,tripling,,"a goal or target, not a reported figure",
,exclude,eye,,"a goal or target, not a reported figure",
,exclude,eyes,,"a goal or target, not a reported figure",
,exclude,seek to,,"a goal or target, not a reported figure",
,exclude,seeks to,,"a goal or target, not a reported figure",
,exclude,hope to,,"a goal or target, not a reported figure",
,exclude,hopes to,,"a goal or target, not a reported figure",
,exclude,plan to,,"a goal or target, not a reported figure",
,exclude,plans to,,"a goal or target, not a reported figure",
,exclude,want to,,"a goal or target, not a reported figure",
,exclude,non-oil,,"a national aggregate, not a bilateral figure",
,exclude,related articles,,page furniture,
,exclude,related stories,,page furniture,
,exclude,read also,,page furniture,
,exclude,also read,,page furniture,
,exclude,see also,,page furniture,
defence_deal_value,cue,defence,to_partner,,0.5
defence_deal_value,cue,defense,to_partner,,0.5
defence_deal_value,cue,procure*,to_partner,,
defence_deal_value,cue,purchase*,to_partner,,
,exclude,deficit,,"a national aggregate, not a bilateral figure",
,exclude,surplus,,"a national aggregate, not a bilateral figure",
,exclude,foreign exchange reserves,,"a national aggregate, not a bilateral figure",
,exclude,remittances,,"a national aggregate, not a bilateral figure",
,exclude,external debt,,"a national aggregate, not a bilateral figure",
,exclude,public debt,,"a national aggregate, not a bilateral figure",
,exclude,inflation,,"a national aggregate, not a bilateral figure",
investment,cue,aggregate total,to_partner,,0.5
loans,cue,loan*,to_partner,,
loans,cue,lend*,to_partner,,
loans,cue,lent,to_partner,,
loans,cue,credit line,to_partner,,
medical_aid,cue,inoculat*,to_partner,,
medical_aid,cue,immunis*,to_partner,,
medical_aid,cue,immuniz*,to_partner,,
medical_aid,cue,polio,to_partner,,
trade_turnover,cue,total transactions,both,,
trade_turnover,cue,transactions between,both,,
deal_value,cue,contractors,to_partner,,
deal_value,cue,construction projects,to_partner,,
companies_registered,cue,registered,to_partner,,
companies_registered,cue,register*,to_partner,,
companies_registered,cue,operating in,to_partner,,
companies_registered,cue,operate in,to_partner,,
companies_registered,cue,operates in,to_partner,,
companies_registered,unit,companies,,,
companies_registered,unit,firms,,,
companies_registered,unit,enterprises,,,
companies_registered,unit,joint ventures,,,
arms_ordered,cue,ordered,to_partner,,
arms_ordered,cue,order,to_partner,,
arms_ordered,cue,orders,to_partner,,
arms_ordered,cue,contract,to_partner,,
arms_ordered,cue,deal,to_partner,,
arms_ordered,cue,building,to_partner,,
arms_ordered,cue,buy*,to_partner,,
arms_ordered,cue,bought,to_partner,,
arms_ordered,cue,purchas*,to_partner,,
arms_ordered,cue,procur*,to_partner,,
arms_delivered,cue,deliver*,to_partner,,
arms_delivered,cue,supplied,to_partner,,
arms_delivered,cue,handed over,to_partner,,
arms_delivered,cue,transferred,to_partner,,
arms_delivered,cue,received,to_partner,,
arms_ordered,unit,aircraft,,,
arms_ordered,unit,jets,,,
arms_ordered,unit,fighters,,,
arms_ordered,unit,fighter jets,,,
arms_ordered,unit,helicopters,,,
arms_ordered,unit,drones,,,
arms_ordered,unit,systems,,,
arms_ordered,unit,corvettes,,,
arms_ordered,unit,frigates,,,
arms_ordered,unit,submarines,,,
arms_ordered,unit,warships,,,
arms_ordered,unit,vessels,,,
arms_ordered,unit,ships,,,
arms_ordered,unit,tanks,,,
arms_ordered,unit,rifles,,,
arms_ordered,unit,howitzers,,,
arms_ordered,unit,missiles,,,
arms_ordered,unit,launchers,,,
arms_ordered,unit,armoured vehicles,,,
arms_ordered,unit,armored vehicles,,,
arms_ordered,unit,guns,,,
arms_ordered,unit,squadrons,,,
arms_ordered,unit,batteries,,,
arms_ordered,unit,munitions,,,
arms_ordered,unit,uavs,,,
arms_ordered,unit,unmanned aerial vehicles,,,
arms_delivered,unit,aircraft,,,
arms_delivered,unit,jets,,,
arms_delivered,unit,fighters,,,
arms_delivered,unit,fighter jets,,,
arms_delivered,unit,helicopters,,,
arms_delivered,unit,drones,,,
arms_delivered,unit,systems,,,
arms_delivered,unit,corvettes,,,
arms_delivered,unit,frigates,,,
arms_delivered,unit,submarines,,,
arms_delivered,unit,warships,,,
arms_delivered,unit,vessels,,,
arms_delivered,unit,ships,,,
arms_delivered,unit,tanks,,,
arms_delivered,unit,rifles,,,
arms_delivered,unit,howitzers,,,
arms_delivered,unit,missiles,,,
arms_delivered,unit,launchers,,,
arms_delivered,unit,armoured vehicles,,,
arms_delivered,unit,armored vehicles,,,
arms_delivered,unit,guns,,,
arms_delivered,unit,squadrons,,,
arms_delivered,unit,batteries,,,
arms_delivered,unit,munitions,,,
arms_delivered,unit,uavs,,,
arms_delivered,unit,unmanned aerial vehicles,,,
,exclude,expected to,,"a forecast, not a reported figure",
,exclude,is expected,,"a forecast, not a reported figure",
,exclude,expect,,"a forecast, not a reported figure",
,exclude,expects,,"a forecast, not a reported figure",
,exclude,efforts to reach,,"a goal or target, not a reported figure",
,exclude,coming years,,"a forecast, not a reported figure",
,exclude,next few years,,"a forecast, not a reported figure",
,exclude,appealed,,"an appeal for funds, not a bilateral figure",
,exclude,appeal for,,"an appeal for funds, not a bilateral figure",
,exclude,efforts are,,"a goal or target, not a reported figure",
,exclude,take it to,,"a goal or target, not a reported figure",
,exclude,all countries,,"a national total, not a bilateral figure",
,exclude,to take,,"a goal or target, not a reported figure",
,exclude,to bring,,"a goal or target, not a reported figure",
,exclude,to push,,"a goal or target, not a reported figure",
,exclude,intend to,,"a goal or target, not a reported figure",
,exclude,intends to,,"a goal or target, not a reported figure",
loans,cue,payment facility,to_partner,,
loans,cue,credit facility,to_partner,,
loans,cue,oil facility,to_partner,,
loans,cue,financing facility,to_partner,,
arms_delivered,cue,inducted,to_partner,,
arms_delivered,cue,induction,to_partner,,
companies_registered,cue,joined,to_partner,,
defence_deal_value,cue,missile,to_partner,,
deal_value,cue,construction firms,to_partner,,
deal_value,cue,construction companies,to_partner,,
,exclude,boosting,,"a goal or target, not a reported figure",
,exclude,mull,,"a goal or target, not a reported figure",

"""#),
    ]
}
