/**
 * What Pretendard's subset files draw (pretendard/dist/web/static/woff2-subset, about 270 KB a
 * weight instead of the full font's 790 KB): Latin, punctuation, symbols and the 2,780 most used
 * Hangul syllables, the same 3,728 code points in every weight. tests/unit/pretendard-subset.test.ts
 * checks this list against the font files, so a new Pretendard cannot leave it stale.
 */

/** The code points as ranges: the first in base 36, and after a dash how many more follow it. */
export const SUBSET_CODE_POINTS =
  'w-2m 4h-b 4u-6 52-3e 8i-m 96-o 9w-q b6 e2-5 ew-3 j4 j6-1 jb-1 jq-1 k8-5 kh-2 lc-1 lf pd-g ' +
  'pv-6 q9-g qr-6 sh sw-1r up 5s3 5s7-2 5sd 5sf-1 5si 5sm-2 5sr 5sy-3 5uk 5uo 5vf 60w-5 642-1 ' +
  '6bm-5 6bt-1 6c2-3 6c8-2 6cc-2 6cg-3 6cl-1 6cw 6cy-1 6d5-2 6dg 6eo-1 6es-o 6fk-3 6fp-7 6g9 ' +
  '6gc 6gp-1 6ir 6ix 6jm 6jy 6kz 6l6-5 6mo-9 6pu 6q7 6q9-1 6qi 6qm 6qz 6rs 6sg 6sk-1 76o-j ' +
  '792-p 7ai-a 7b3 7fk-1 7fu 7gq-1 7gv 7hi 7hr 7i8 7id-1 7jw 7kx 7l1 7l6 7mo 7pv 7pz 7sm-9 ' +
  '8sc 9hk-7 9pt-1e 9wc xz4-1 xz8 xzb-4 xzk-7 xzt-4 y00 y03-1 y0c-1 y0f-2 y0o-1 y0s y0w y17 ' +
  'y19 y1g y1k y1o y1x y28-1 y2c y2f-1 y2i y2o-6 y2x-4 y34 y38 y3g-1 y3j-2 y3s-2 y3w y3z-1 ' +
  'y47-2 y4b-2 y4f y4h y4k y4o y4s y51 y53-1 y5c-1 y5g y5j-1 y5m y5o y5r-2 y5v y5x-1 y61 ' +
  'y64-1 y68 y6c y6e y6k-1 y6n-3 y6w y70 y74 y76 y7d y7g-1 y7o-1 y7s y7w y84-1 y87 y89 y8g ' +
  'y8k y8o y8w-1 y8z y91 y98-1 y9c y9f-3 y9n-2 y9r y9t-2 ya0-1 ya4 ya8 yak-1 yas ybb-1 ybk-1 ' +
  'ybo ybs yc0-1 yc3 yc5 ycc ycg yck ycs-1 yd4-1 yd8 ydb-3 ydj-2 ydn ydp ydr ydt ydv-1 ye0 ' +
  'yeh yeo-1 yes yev-1 yey yf4-1 yf7-3 yfe yfg-2 yfk yfo yfq yfw-1 yfz-2 yg5 yg8-1 ygc ygf-1 ' +
  'ygo-1 ygr-2 yh0-2 yh8-1 yhs yhw yik-2 yio yis yj0-1 yj3-2 yj7 yj9 yjc-1 yjg yjs yjv yjx ' +
  'yk4 yk8 ykc ykn-2 ykt ykw ylo-1 yls ylu-2 ym4-1 ym7 ym9-2 ymd ymg-1 ymk ymo yn0-1 yn8-1 ' +
  'ync yns-1 yo0 yo4 yo8 yog-1 yol yos ypk-1 ypo yps ypz-2 yq3 yq5-2 yqc yqg yqk yqw-1 yr4-1 ' +
  'yr8 yrc yrk-1 yro yrw ys0 ys4 ysc-1 yso ysw yt8 ytg-1 ytk ytm yto ytq ytv-2 ytz yu1 yu5 ' +
  'yu8 yuc yv0-1 yv4 yv8 yvg-1 yvj-2 yvs-2 yvw yvz-3 yw8-1 ywb-4 ywh ywj-2 ywo ywr-1 yx0-1 ' +
  'yx3-2 yxc-1 yxg yxj-1 yxs-1 yxv yxx yy4 yyw-1 yyz-1 yz3-4 yzc-1 yzf-2 yzm-3 yzs yzv-1 ' +
  'z04-1 z07-2 z0e z0g-1 z0k z0n-1 z0w-1 z10-1 z14 z18 z1c z1t z20-1 z24 z28-2 z2g-1 z2j z2l ' +
  'z2p-3 z2w z30 z39 z3c z3k z44 z4c-1 z4g z4k z4s-1 z4v z4x z54-1 z58 z5c z5k-1 z5n z5p ' +
  'z5w-1 z60 z63-2 z6c-1 z6f z6h z6l z6o z78 z7g z88 z8c z8g z8o-1 z90-1 z97-1 z9g-1 z9l ' +
  'z9s-1 z9w z9z-3 za8-1 zab zad-2 zai-2 zao zas zb0 zb3 zb5 zbc-1 zbg zbj-1 zbm zbs-1 zbv ' +
  'zbx-1 zc0 zc2 zc4-2 zc8 zcb-4 zcj-2 zcn-4 zct zcv-2 zd0 zd4 zdc-1 zdf-3 zdo zds ze9 zf8-2 ' +
  'zfc zff-1 zfi-1 zfo-1 zfr zft zfv zfy-3 zg4 zg8 zgg-1 zgj-2 zgs zgw zh0 zhc-1 zhk zho ' +
  'zic-1 zig zij-1 zim zio zis-1 ziv zix ziz zj1 zj4 zj8 zjc zjw zkf-1 zko zks zkw zl4-1 ' +
  'zl7-2 zlg zm8-1 zmc zmf-1 zmi zmo-1 zmr zmt zn0 znk zns zo9 zod zok zoo zos zp1 zp3-2 zpc ' +
  'zpg zpk zps zpx zq4-1 zq8 zqb-4 zqk-1 zqn zqp zqw zr0 zr4 zro-1 zrs zrv-1 zs4-1 zs7-4 zse ' +
  'zsg-2 zsk zsn-1 zsw-1 zsz-2 zt7-2 ztc ztg zto-1 ztr-2 zus zuw zv8 zvd zvk-1 zvo zvs zvu-1 ' +
  'zw0-1 zw3-2 zwb-2 zwg zwk zws-1 zwv-2 zx4 zxo zyo-1 zys zyw zz4-1 zz7 zz9 zzg-1 zzk zzo ' +
  '1007-1 100s 1010 1014 102k-1 102o 102s 102v 102z-1 1033 1035 103c 1044 104w 1050 1054 ' +
  '105c-1 105g-1 105o 106g-1 106k 106n-1 106r 106w-1 106z 1071-1 1077-1 107c 107g 107o-1 ' +
  '1080-1 1084 1088 108g-1 108j 108l 108s-1 108w 108z-1 1098-1 109b-3 109i-3 109o 109r-1 ' +
  '10a0-1 10a3-2 10a8 10aa 10ac-1 10ag 10at 10av 10ax 10b4 10b8 10bw-1 10c0 10c2-2 10cc-1 ' +
  '10cf-2 10cn-2 10cs 10cw 10d4-1 10d7-2 10dg-1 10dk 10dn-1 10dw-1 10dz-2 10e8 10ec 10ep 10er ' +
  '10f0-1 10f4 10f7-1 10fg-1 10fj 10fl 10fs-1 10fw 10gd 10gk 10h4 10hc 10hg 10hk 10hs-1 10hv ' +
  '10hx 10i4 10i8 10ic 10il 10in 10ip 10iw-1 10j0 10j4 10jc-1 10jf 10jh 10jo 10js 10k8 10kg ' +
  '10kk 10l8-1 10lc 10lg 10lo 10lr 10lt 10m0-1 10m4 10m8 10mg-1 10mj 10ml 10ms-1 10mw 10n0 ' +
  '10n8-1 10nb 10nd-1 10nh-3 10no 10oc-1 10og 10ok 10os-1 10ov-2 10p2 10p4-1 10p8 10pa-4 10pg ' +
  '10pk-1 10pn-4 10pt-4 10q0 10q3-1 10qc-1 10qf-4 10ql 10qo-1 10qs 10qw 10r4 10r9 10s8-1 10sc ' +
  '10sg 10si 10so-1 10sr-3 10sz-2 10t4 10t7-1 10tg-1 10tj-2 10tn 10ts-1 10tw 10tz-1 10ub-2 ' +
  '10uf 10uk 10uo 10vc-1 10vf-1 10vj-3 10vs-1 10vv 10vx 10w4 10w8 10wo-1 10ww 10xg 10xo 10xs ' +
  '10xw 10y4-1 10y7 10y9 10yg 10yk 10yo 10yx 10yz 10z8-2 10zc 10zf-3 10zo-1 10zr 10zt 10zx ' +
  '10zz-1 1104 1108 110h 110j-2 110s 111k 111m 111o 111s 1121 1123 112c 112g 112k 112s 112v ' +
  '112x 1134-1 1138 113c 113k-1 113n 113p 113w 1140 114d 114h 114o-1 114s 114v-1 114y 1154-1 ' +
  '1157-2 115b 115d 115g-4 115n-4 115v-2 115z-2 1163 1165 1168-2 116c 116f-1 116o-1 116r-2 ' +
  '116x 1170-1 1174 117g-1 117j 117l 118k-1 118o 118r-1 118u 1190-1 1193-3 1199 119b-2 119g ' +
  '119j-1 119s-1 119v-2 11a4-1 11a8 11ac 11ak-1 11an-2 11ar 11at 11aw 11b0 11bo-2 11bs 11bv-4 ' +
  '11c4-1 11c7 11c9 11cg 11ck 11cz-2 11d8 11ds 11e0-1 11e4 11e8 11eg-1 11ek 11es 11ew 11f8 ' +
  '11fk-1 11fo 11fr-3 11g0-1 11g3-2 11g9-1 11gc-1 11gg 11gk 11gt 11gw 11h0 11h4 11hd 11hw-1 ' +
  '11i0 11i4 11id 11ih 11io 11is 11iw 11j4-1 11j7 11j9 11jg-1 11jk 11jo-1 11jw-1 11jz 11k1 ' +
  '11k8-1 11kg 11kt 11l0-1 11l4 11l7-1 11la 11lg-1 11lj-4 11ls-1 11lw 11lz-3 11m8-1 11mb-2 ' +
  '11mj-3 11mo 11ms 11n0-1 11n3-2 11nc-1 11ng 11ns 11ow-1 11p0 11p3-2 11pc 11pf-2 11po 11ps ' +
  '11q9 11qg-1 11qk 11qw-1 11qz-2 11s0-1 11s4 11s8 11sg-1 11sj 11sl 11uc 11v4-1 11vp 11vw-1 ' +
  '11w0 11w4-1 11wc-1 11wf 11wh 11y8 11z0 11zl 11zs 11zw 1200 1208-1 120d 121c-1 121g 121k ' +
  '121s-1 121v 121x 1224-1 1227-1 122b-3 122k-1 122n-2 122t-1 122w-1 1230 1233-1 123c-1 ' +
  '123f-2 123o-1 123s 123w 1244-1 1247 1249 124e 124g-1 124k 124o 124w 1251 1258-4 125f-1 ' +
  '125i-1 125o-1 125r-2 125y 1260-1 1264 1267-1 126g-1 126j-2 126p 126s-1 126w 1270 1278-1 ' +
  '127b-2 127k-1 127o 127s 1280-1 1285 128c-2 128g 128j-1 128m 128s-1 128v 128x 1291 1294-1 ' +
  '1298 129c 129p 129w 12a0 12a4 12ac 12af-1 12ao 12as 12aw 12b4-1 12b7-2 12bg-1 12bk 12bo ' +
  '12bw-1 12bz 12c1 12c6 12c8-1 12cc 12cf-1 12co-1 12cr 12ct 12cv 12cx-1 12d0 12dk 12ds-1 ' +
  '12dw 12e0 12e8 12ed 12ek-1 12eo 12es 12f0-1 12f3 12f5 12fc-1 12fg 12fk 12fs 12fv 12fx ' +
  '12g4-1 12g8 12gb-2 12gi 12gk-1 12gn 12gp 12gw-1 12ho-1 12hs 12hv-2 12i3-2 12i7-2 12ib 12ie ' +
  '12ig-1 12ij-1 12in-1 12iw-1 12j0-1 12j7-2 12jc 12jg 12jo-1 12js-1 12k0-1 12kl 12lk-1 12lo ' +
  '12ls 12lu 12m0-1 12m4-1 12ma 12mc-1 12mg 12mk 12ms 12n4 12n8 12np 12nw 12o0 12oo-2 12os ' +
  '12ov-1 12oy 12p4-1 12p9 12pg-1 12pk 12po 12q0 12q3 12q8 12qs 12r0 12r4 12r8 12rg-1 12rk ' +
  '12rs 12sd 12sk-1 12so 12ss 12t0-1 12t5 12tc 12ts 12tw 12u4 12u8 12uk 12uw 12v0 12vo 12w9 ' +
  '12wg-1 12wk 12wo 12wq 12wv-2 12wz 12x8 12xc 12xg 12xo 12y0-1 12y3-1 12y8 12yg-1 12yj-2 ' +
  '12yn 12ys-1 12yw-7 12z7-2 12zb-2 12zg-2 12zk-1 12zo 12zs 1300-1 1303-2 130c-1 130g 130k ' +
  '130n 130s-1 130v-2 1311 1313-1 1318 131c 131l 131o-1 131w-1 1320-6 132c-6 132k 132m-3 132s ' +
  '132w 1334-1 1337-2 133g-2 133k 133o 133q-1 133w-5 1345-3 134c 134f-1 134o-1 134r-2 1350-2 ' +
  '1354 1357-5 135f-2 135j 135l 135n 135s-1 135w 1360 1366 1368-1 136b-2 136g 136k-1 136o ' +
  '1370-1 1373-2 137c-1 137g 137k 137s-1 137v-2 1384-1 1388 138c 138k-1 138n 138p 138w-1 1390 ' +
  '1393-3 139c-3 139h 139j 139o-1 139s 139w 13a4-1 13a7-2 13ag-1 13ak 13ao 13aw-1 13az 13b1 ' +
  '13b8-1 13bc 13bg 13bo-1 13br-2 13c0-1 13c4 13c8 13cg-1 13cj 13cl 13cn 13cs-2 13cw 13cz-1 ' +
  '13d3 13d6 13d8-3 13dd-7 13do 13ds 13e0-1 13e3-2 13ec-1 13eg 13ej-3 13er-2 13ev-3 13f0-2 ' +
  '13f4-1 13f8 13fa-2 13fe 13fk-1 13fn-3 13fw-1 13g0 13g4 13gc-1 13gf-2 13go-1 13gs 13gu 13gw ' +
  '13h4 13h9 13hg 13hk 13ho 13hx 13i8-2 13ic 13if-4 13io-1 13ir-3 13j0-1 13j4 13j8 13jg-1 ' +
  '13jj 13jl 13js-1 13jw 13k0 13k2 13k8-1 13kb-2 13kk 13lc-1 13lg 13lk 13lm 13ls-1 13lv ' +
  '13lx-2 13m3-2 13m8 13mc 13ml 13mn 13mp 13mu 13mw 13n0 13ng-1 13no-1 13ns 13nw 13o4-1 13o7 ' +
  '13o9 13og-1 13ok 13p1 13p8-1 13pc 13pg-2 13po-1 13pr 13pt 13q0 13qk 13qs 13rk-1 13ro 13rs ' +
  '13s0-1 13s3 13sc-1 13sg 13sk 13ss 13sx 13t4-1 13t8 13tc 13te 13tk-1 13tn 13tp 13tw 13uo-1 ' +
  '13us 13uv-1 13uy 13v4-1 13v7-4 13vd-1 13vg-1 13vk 13vm-2 13vr 13vw-1 13vz-3 13w8-1 13wc ' +
  '13wg 13wo-1 13wr-2 13x0 13x4 13xg 13xl 13xs 13yk-1 13yo 13ys 13z0-1 13z3-2 13zc 13zk 13zx ' +
  '1404 140o 141o-1 141s 141v-1 1424-1 1427 1429-2 142g-1 142k 142o 1430 1438 143s 1440 1444 ' +
  '1448 144g-1 144n 144s-1 144y 145d 145k-1 145o 145s 1460-1 1463 1465 146c 146w-1 1474 147n ' +
  '147w 148o 1499 149g-1 149w 149z 14a1 14b0-1 14b4 14b7-1 14bg-1 14bj 14bl-1 14bq-3 14bw ' +
  '14by 14c0 14c8-1 14cb-4 14ck-1 14co 14cs 14d0-1 14d3-2 14dc 14dg 14di 14dk 14ds 14dx ' +
  '14ew-1 14f0 14f4 14fc-1 14ff-2 14fo-1 14fs 14fw 14g4-1 14g7 14g9-1 14gg 14gk 14gx 14h0-1 ' +
  '14h8 14hc 14ht 14i0-1 14i4 14i8 14ig-1 14ij 14il 14ir-2 14iw 14j0 14j9 14jd 14jk 14kc 14kg ' +
  '14kk 14ks-1 14kv 14kx 14l4 14lk 14lw-1 14m0 14m4 14mc-1 14mf 14mh 14mo 14n8 14ng-1 14nk ' +
  '14no 14o8 14oc 14og 14oo-1 14or 14ot 14p0-1 14p4 14p8 14pg 14pl 14ps-1 14pw 14q0-1 14q8-1 ' +
  '14qb 14qd 14qk 14rc-1 14rg 14rj-3 14rs-1 14rv-3 14s0 14s4-1 14s8 14sb-1 14sk-1 14sn 14sp ' +
  '14sw-1 14t0 14t4 14tc-1 14tf-2 14tk 14to-1 14ts 14u9 14uc 14v8-1 14vc 14vf-1 14vo-1 14vr-2 ' +
  '14vx 14w0-1 14w4 14w8 14wg-1 14wj-2 14wo-1 14ws 14ww 14x0 14x8-1 14xb-2 14xk 14yc-1 14yg ' +
  '14yj-1 14ys-1 14yv 14yx 14z4-1 14z8 14zc 14zk 14zn 14zp 14zw 150h 150o 150w 151g 151k ' +
  '1528-1 152c 152g 152o-1 152r 152t 1530-1 1534 1538 153g 153l 153s 153w 1540 154d 154k-1 ' +
  '154o 154s 1550-1 1553 1555 155c 155g 155k 155s 1564-1 1568 156a 156c 156k-1 156p 156s 156w ' +
  '157o-1 157s 157w 1584-1 1587-2 158g-1 158k 158n-2 158w-1 158z-2 1598-1 159c 159g 159o-1 ' +
  '159r-2 15a0 15al 15as 15bk-1 15bo 15bs 15bu-1 15c0-1 15c3-2 15cc-1 15cg 15ck 15cs-1 15cv ' +
  '15cx 15d2 15d4 15d8 15dc 15dn-1 15dw 15e0 15eo-1 15es 15ev-1 15f4-1 15f7 15f9 15fe 15fg ' +
  '15fk 15g8 15h0 15h4 15h7 15hj 15hl 15hs 15id 15ik-1 15io 15is 15iu 15j0-1 15j3 15j5 15jc ' +
  '15jw 15k4 15kn 15kw-1 15l0 15l4 15lc-1 15lh 15lo 15ls 15lw 15m4 15m9 15mg-1 15mk 15mn-1 ' +
  '15mq 15mw-1 15mz 15n1 15n5 15n8 15nc 15ng 15no-1 15o0-1 15o4 15o8 15og-1 15oj 15ol 15os-2 ' +
  '15ow-1 15oz-1 15p2 15p8-1 15pb-2 15pg-1 15pk-1 15po 15pr-1 15q0-1 15q3-2 15qc-1 15r1 ' +
  '15rw-1 15s0 15s4 15sc-1 15sf-2 15sm 15so-1 15ss 15sw 15t4-1 15t7 15t9 15tg-1 15tk 15to ' +
  '15tw-1 15u0-1 15u8 15uc 15ug 15up 15ur 15v0-1 15v4 15v8 15vg-1 15vj 15vl 15vp 15vs-1 15wd ' +
  '15xc 15xg 15y4 15y8 15yc 15yl 15yn 15yw-1 15z0 15z3-1 15z6 15zc-1 15zf 15zh 15zo 1609 1618 ' +
  '161c 161g 161o 161r 1620 1624 1628 162g 162j 162l 162s 162w 1630 1638-1 163b 163d 163k ' +
  '1645 164c-1 164g 164k 164s-1 164v-2 1654-1 1658 165c 165g-1 165k-1 165n 165p 165s 165v-2 ' +
  '1660 1663-1 166c-1 166f-2 166j 166n-1 166s 1677 1679 167g 1680 1688-1 168c 168g 168i ' +
  '168n-2 168r 168t 168w-1 168z-2 1694 1698 169g-1 169j-2 169r-2 169w 16a0 16a8-1 16ab-2 16ak ' +
  '16ao 16as 16b1 16bc-1 16bg 16bk 16bp 16bs-1 16bv 16bx 16c1 16c4-1 16c8 16cc 16cl 16cn-2 ' +
  '16cw-1 16d0 16df 16dh 16do-1 16ds 16dw 16e5 16e7 16e9 16eg 16ek 16eo 16ex 16ez 16f1 16f8-1 ' +
  '16fc 16fg-1 16fk-1 16fn-2 16fr 16ft 16g0 16g4 16g8 16gg 16gl 16gs-1 16gw 16h0 16hd 16hk-1 ' +
  '16ho 16hs 16i0-1 16i3 16i5 16ic-1 16ig 16ik 16is 16iv 16ix 16j4-1 16j8 16ja-3 16jh 16jk-1 ' +
  '16jn 16jp 16jt 16jw 16k0 16k4 16kc-1 16kh 16ko-1 16ks 16kw 16l4-1 16l7-2 16lf 18hd-m ' +
  '18i6-k 1beo-2f 1ejq 2q7k-p 2q8g-p 2q9c-p l2io';
