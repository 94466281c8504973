-- Reference data: the crafts of the Longyuan Skilled Hands programme, named by a stable code.
create table craft (
    code        varchar(40)  primary key,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  integer      not null,
    constraint craft_code_format check (code ~ '^[a-z][a-z0-9-]*$')
);

insert into craft (code, name_zh, name_en, sort_order) values
    ('sachet',         '庆阳香包',   'Qingyang embroidered sachet', 10),
    ('embroidery',     '陇绣刺绣',   'Longxiu embroidery',          20),
    ('paper-cutting',  '剪纸',       'Paper-cutting',               30),
    ('wheat-straw',    '麦秆画',     'Wheat-straw picture',         40),
    ('straw-weaving',  '草编',       'Straw weaving',               50),
    ('cloth-tiger',    '布老虎',     'Cloth tiger',                 60),
    ('tiger-shoes',    '虎头鞋',     'Tiger-head shoes',            70),
    ('insole',         '刺绣鞋垫',   'Embroidered insole',          80),
    ('cross-stitch',   '十字绣',     'Cross-stitch',                90),
    ('knitting',       '毛线编织',   'Knitting',                   100),
    ('shadow-puppet',  '皮影',       'Shadow-puppet figure',       110);
