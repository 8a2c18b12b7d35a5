"""At least 15 real policies across six countries and ASEAN, with dated editorial change notes.

Only facts we are sure of are stated: names, numbers and dates of adoption where well established; a date we
are not sure of is left empty rather than guessed. Change notes describe edits to the portal's pages (they are
dated like a real editorial history), not events in the law.
"""

import datetime

from django.utils import timezone

from core.demo.menu_translations import with_translations
from core.demo.tree import upsert_child
from policies.models import GCMObjective, PolicyCountry, PolicyIndexPage, PolicyPage, PolicyUpdate

from .national import with_national


def p(text):
    return [("paragraph", f"<p>{text}</p>")]


INDEX = {
    "title": {"en": "Laws and policies", "vi": "Luật và chính sách", "ko": "법과 정책"},
    "summary": {
        "en": "Laws, regulations and agreements that protect migrants in Asia and the Pacific, with what changed and when.",
        "vi": "Luật, quy định và hiệp định bảo vệ người di cư ở châu Á - Thái Bình Dương, kèm những thay đổi và thời điểm thay đổi.",
        "ko": "아시아·태평양 이주민을 보호하는 법, 규정, 협정과 그 변경 내용 및 시기.",
    },
}

FIRST = "First published."
FIRST_VI = "Đăng lần đầu."

# slug, countries, type, status, issuing body, adopted, in force, objectives, topics, source, texts, notes
POLICIES = [
    {
        "slug": "viet-nam-law-on-contract-based-overseas-workers",
        "countries": ["VN"],
        "policy_type": "law",
        "status": "in_force",
        "date_adopted": datetime.date(2020, 11, 13),
        "date_in_force": datetime.date(2022, 1, 1),
        "objectives": [3, 6, 7, 21],
        "topics": ["recruitment", "labour migration", "contracts"],
        "source_url": "https://congbao.chinhphu.vn/van-ban/luat-so-69-2020-qh14-32699.htm",
        "title": {
            "en": "Law on Vietnamese workers working abroad under contracts (No. 69/2020/QH14)",
            "vi": "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng (Luật số 69/2020/QH14)",
        },
        "summary": {
            "en": "The rules for Vietnamese workers who go abroad on a work contract: their rights, what recruitment "
            "companies may and may not do, and the support available before leaving and after coming home.",
            "vi": "Quy định về người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng: quyền của người lao "
            "động, những việc doanh nghiệp dịch vụ được và không được làm, và hỗ trợ trước khi đi và khi trở về.",
        },
        "issuing_body": {"en": "National Assembly of Viet Nam", "vi": "Quốc hội"},
        "body": {
            "en": p(
                "The law replaced the 2006 law on the same subject. It sets out the rights and duties of workers, "
                "of the companies that send them abroad, and of the state agencies involved, and the training and "
                "orientation workers receive before they leave."
            ),
            "vi": p(
                "Luật thay thế luật năm 2006 về cùng lĩnh vực, quy định quyền và nghĩa vụ của người lao động, của "
                "doanh nghiệp đưa người lao động đi làm việc ở nước ngoài và của cơ quan nhà nước liên quan."
            ),
        },
        "notes": [
            ("2025-03-10", {"en": FIRST, "vi": FIRST_VI}),
            (
                "2025-06-02",
                {
                    "en": "Added the date the law entered into force.",
                    "vi": "Bổ sung ngày luật có hiệu lực.",
                },
            ),
            (
                "2025-11-20",
                {
                    "en": "Summary rewritten in plain language; Vietnamese translation added.",
                    "vi": "Viết lại phần tóm tắt bằng ngôn ngữ dễ hiểu; bổ sung bản tiếng Việt.",
                },
            ),
        ],
    },
    {
        "slug": "viet-nam-regulation-on-receiving-and-protecting-victims-of-trafficking",
        "countries": ["VN"],
        "policy_type": "regulation",
        "status": "adopted",
        "date_adopted": datetime.date(2022, 7, 18),
        "objectives": [10, 7, 14],
        "topics": ["trafficking", "victim support"],
        "source_url": "https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/quy-che-phoi-hop-2548-qcph-ldtbxh-ca-qp-ng-2022-tiep-nhan-ho-tro-nan-nhan-bi-mua-ban-525359.aspx",
        "title": {
            "en": "Inter-ministerial regulation on coordination in receiving, protecting and supporting victims of "
            "trafficking (No. 2548/QCPH-LĐTBXH-CA-QP-NG)",
            "vi": "Quy chế phối hợp trong công tác tiếp nhận, bảo vệ và hỗ trợ nạn nhân bị mua bán "
            "(số 2548/QCPH-LĐTBXH-CA-QP-NG)",
        },
        "summary": {
            "en": "How four ministries work together to receive, protect and support people who were trafficked.",
            "vi": "Cách bốn bộ phối hợp tiếp nhận, bảo vệ và hỗ trợ người bị mua bán.",
        },
        "issuing_body": {
            "en": "Ministries of Labour, Invalids and Social Affairs; Public Security; National Defence; Foreign Affairs",
            "vi": "Bộ Lao động - Thương binh và Xã hội; Bộ Công an; Bộ Quốc phòng; Bộ Ngoại giao",
        },
        "body": {
            "en": p(
                "Signed by the four ministries in Ha Noi on 18 July 2022, with support from the USAID-funded EpiC "
                "project, the regulation has three chapters and 15 articles. It sets the principles, forms and "
                "responsibilities for coordination, joint "
                "inter-sectoral teams to receive and support victims, and joint inspection of how the rules on "
                "receiving and protecting victims are applied."
            ),
            "vi": p(
                "Quy chế do bốn bộ ký tại Hà Nội ngày 18 tháng 7 năm 2022, gồm 3 chương và 15 điều, quy định "
                "nguyên tắc, hình thức, nội dung và trách nhiệm phối hợp "
                "giữa bốn bộ trong tiếp nhận, bảo vệ và hỗ trợ nạn nhân bị mua bán."
            ),
        },
        "notes": [
            ("2025-04-14", {"en": FIRST, "vi": FIRST_VI}),
            (
                "2025-09-08",
                {
                    "en": "Listed the four ministries that signed the regulation.",
                    "vi": "Bổ sung danh sách bốn bộ ký quy chế.",
                },
            ),
        ],
    },
    {
        "slug": "viet-nam-migration-profile-2023",
        "countries": ["VN"],
        "policy_type": "plan",
        "status": "adopted",
        "objectives": [1, 23],
        "topics": ["migration data"],
        "source_url": "https://vietnam.iom.int/en/news/launch-viet-nam-2023-migration-profile",
        "title": {"en": "Viet Nam Migration Profile 2023", "vi": "Hồ sơ Di cư Việt Nam 2023"},
        "summary": {
            "en": "The government's third overview of migration to, from and within Viet Nam, after those of 2011 and 2016.",
            "vi": "Bản tổng quan thứ ba của Chính phủ về di cư, sau các bản năm 2011 và 2016.",
        },
        "issuing_body": {
            "en": "Consular Department, Ministry of Foreign Affairs",
            "vi": "Cục Lãnh sự, Bộ Ngoại giao",
        },
        "body": {
            "en": p(
                "Compiled by the Consular Department of the Ministry of Foreign Affairs with other agencies, in a "
                "project run with IOM and funded by the IOM Development Fund. It supports evidence-based policies "
                "and Viet Nam's implementation of the Global Compact for Migration."
            ),
            "vi": p(
                "Do Cục Lãnh sự, Bộ Ngoại giao chủ trì biên soạn cùng các cơ quan liên quan, trong khuôn khổ dự án "
                "phối hợp với IOM, hỗ trợ xây dựng chính sách dựa trên bằng chứng."
            ),
        },
        "notes": [
            ("2025-05-05", {"en": FIRST, "vi": FIRST_VI}),
            (
                "2025-10-30",
                {
                    "en": "Explained how this profile follows those of 2011 and 2016.",
                    "vi": "Bổ sung thông tin về các hồ sơ năm 2011 và 2016.",
                },
            ),
        ],
    },
    {
        "slug": "viet-nam-plan-for-implementing-the-global-compact-for-migration",
        "countries": ["VN"],
        "policy_type": "plan",
        "status": "in_force",
        "date_adopted": datetime.date(2020, 3, 20),
        "objectives": [1, 3, 23],
        "topics": ["global compact"],
        "source_url": "https://english.luatvietnam.vn/decision-no-402-qd-ttg-on-promulgating-the-plan-on-implementation-of-the-united-nations-global-compact-fo-181792-doc1.html",
        "title": {
            "en": "Plan for implementing the United Nations Global Compact for Safe, Orderly and Regular Migration "
            "(Decision No. 402/QD-TTg)",
            "vi": "Kế hoạch triển khai Thỏa thuận toàn cầu về Di cư hợp pháp, an toàn và trật tự của Liên hợp quốc "
            "(Quyết định số 402/QĐ-TTg)",
        },
        "summary": {
            "en": "The government's plan to put the Global Compact for Migration into practice, including better "
            "migration data broken down by sex, age and type of migration.",
            "vi": "Kế hoạch của Chính phủ nhằm triển khai Thỏa thuận toàn cầu về di cư, trong đó có thu thập số liệu "
            "di cư phân tách theo giới, độ tuổi và loại hình di cư.",
        },
        "issuing_body": {"en": "Prime Minister of Viet Nam", "vi": "Thủ tướng Chính phủ"},
        "body": {
            "en": p(
                "Under the plan, Viet Nam collects data on international migration of all types, disaggregated by "
                "gender, age and other criteria, to understand migration trends and protect migrants."
            )
        },
        "notes": [
            ("2025-02-17", {"en": FIRST, "vi": FIRST_VI}),
            (
                "2025-08-25",
                {"en": "Added the GCM objectives the plan serves.", "vi": "Bổ sung các mục tiêu GCM."},
            ),
        ],
    },
    {
        "slug": "philippines-department-of-migrant-workers-act",
        "countries": ["PH"],
        "policy_type": "law",
        "status": "in_force",
        "date_adopted": datetime.date(2021, 12, 30),
        "objectives": [3, 6, 14, 23],
        "topics": ["institutions", "labour migration"],
        "source_url": "https://www.officialgazette.gov.ph/2021/12/30/republic-act-no-11641/",
        "title": {"en": "Department of Migrant Workers Act (Republic Act No. 11641)"},
        "summary": {
            "en": "Created the Department of Migrant Workers, which brings together the government offices that "
            "serve overseas Filipino workers."
        },
        "issuing_body": {"en": "Congress of the Philippines"},
        "body": {
            "en": p(
                "The act created the Department of Migrant Workers (DMW) and transferred to it the functions of "
                "the Philippine Overseas Employment Administration and other offices serving overseas Filipino "
                "workers."
            )
        },
        "notes": [
            ("2025-01-20", {"en": FIRST}),
            ("2025-07-14", {"en": "Added a link to the official text in the Official Gazette."}),
            ("2026-01-12", {"en": "Summary shortened and simplified."}),
        ],
    },
    {
        "slug": "philippines-migrant-workers-and-overseas-filipinos-act",
        "countries": ["PH"],
        "policy_type": "law",
        "status": "amended",
        "date_adopted": datetime.date(1995, 6, 7),
        "objectives": [6, 7, 14],
        "topics": ["labour migration", "recruitment"],
        "source_url": "https://www.officialgazette.gov.ph/1995/06/07/republic-act-no-8042/",
        "title": {"en": "Migrant Workers and Overseas Filipinos Act of 1995 (Republic Act No. 8042)"},
        "summary": {
            "en": "The founding law on the protection of Filipino migrant workers, their families and overseas "
            "Filipinos in distress; amended in 2010."
        },
        "issuing_body": {"en": "Congress of the Philippines"},
        "notes": [
            ("2025-01-20", {"en": FIRST}),
            ("2025-07-14", {"en": "Status changed to “amended” and linked to the 2010 amendment."}),
        ],
    },
    {
        "slug": "philippines-amendment-of-the-migrant-workers-act",
        "countries": ["PH"],
        "policy_type": "law",
        "status": "in_force",
        "date_adopted": datetime.date(2010, 3, 8),
        "objectives": [6, 7, 14],
        "topics": ["labour migration"],
        "source_url": "https://www.officialgazette.gov.ph/2010/03/10/republic-act-no-10022/",
        "title": {"en": "Amendment of the Migrant Workers Act (Republic Act No. 10022)"},
        "summary": {"en": "Amended Republic Act No. 8042 to strengthen the protection of migrant workers."},
        "issuing_body": {"en": "Congress of the Philippines"},
        "notes": [("2025-07-14", {"en": FIRST}), ("2025-12-01", {"en": "Topics added."})],
    },
    {
        "slug": "philippines-anti-trafficking-in-persons-act",
        "countries": ["PH"],
        "policy_type": "law",
        "status": "amended",
        "date_adopted": datetime.date(2003, 5, 26),
        "objectives": [10],
        "topics": ["trafficking"],
        "source_url": "https://www.officialgazette.gov.ph/2003/05/26/republic-act-no-9208/",
        "title": {"en": "Anti-Trafficking in Persons Act of 2003 (Republic Act No. 9208)"},
        "summary": {"en": "Defines and punishes trafficking in persons and sets up support for victims."},
        "issuing_body": {"en": "Congress of the Philippines"},
        "notes": [("2025-03-03", {"en": FIRST}), ("2025-09-22", {"en": "Status changed to “amended”."})],
    },
    {
        "slug": "korea-act-on-the-employment-of-foreign-workers",
        "countries": ["KR"],
        "policy_type": "law",
        "status": "in_force",
        "date_adopted": datetime.date(2003, 8, 16),
        "date_in_force": datetime.date(2004, 8, 17),
        "objectives": [5, 6, 15],
        "topics": ["Employment Permit System", "labour migration"],
        "source_url": "https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EC%99%B8%EA%B5%AD%EC%9D%B8%EA%B7%BC%EB%A1%9C%EC%9E%90%EC%9D%98%EA%B3%A0%EC%9A%A9%EB%93%B1%EC%97%90%EA%B4%80%ED%95%9C%EB%B2%95%EB%A5%A0",
        "title": {
            "en": "Act on the Employment of Foreign Workers (Employment Permit System)",
            "ko": "외국인근로자의 고용 등에 관한 법률 (고용허가제)",
        },
        "summary": {
            "en": "The legal basis of the Employment Permit System (EPS), through which employers in Korea hire "
            "workers from partner countries.",
            "ko": "국내 사업주가 송출국 근로자를 고용하는 고용허가제(EPS)의 법적 근거입니다.",
        },
        "issuing_body": {"en": "National Assembly of the Republic of Korea", "ko": "대한민국 국회"},
        "notes": [
            ("2025-02-03", {"en": FIRST, "ko": "처음 게시했습니다."}),
            ("2025-08-11", {"en": "Added the date the Employment Permit System started."}),
        ],
    },
    {
        "slug": "korea-immigration-act",
        "countries": ["KR"],
        "policy_type": "law",
        "status": "in_force",
        "objectives": [4, 11, 12],
        "topics": ["visas", "residence"],
        "source_url": "https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EC%B6%9C%EC%9E%85%EA%B5%AD%EA%B4%80%EB%A6%AC%EB%B2%95",
        "title": {"en": "Immigration Act", "ko": "출입국관리법"},
        "summary": {
            "en": "Rules on entering and leaving Korea, visas, residence and registration of foreigners."
        },
        "issuing_body": {"en": "National Assembly of the Republic of Korea", "ko": "대한민국 국회"},
        "notes": [("2025-02-03", {"en": FIRST}), ("2025-10-06", {"en": "Topics added."})],
    },
    {
        "slug": "korea-framework-act-on-treatment-of-foreigners",
        "countries": ["KR"],
        "policy_type": "law",
        "status": "in_force",
        "objectives": [16, 17],
        "topics": ["integration"],
        "source_url": "https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EC%9E%AC%ED%95%9C%EC%99%B8%EA%B5%AD%EC%9D%B8%EC%B2%98%EC%9A%B0%EA%B8%B0%EB%B3%B8%EB%B2%95",
        "title": {
            "en": "Framework Act on Treatment of Foreigners Residing in the Republic of Korea",
            "ko": "재한외국인 처우 기본법",
        },
        "summary": {
            "en": "The government's duties to help foreign residents settle and to prevent discrimination."
        },
        "issuing_body": {"en": "National Assembly of the Republic of Korea", "ko": "대한민국 국회"},
        "notes": [("2025-04-28", {"en": FIRST}), ("2025-11-03", {"en": "Summary simplified."})],
    },
    {
        "slug": "korea-multicultural-families-support-act",
        "countries": ["KR"],
        "policy_type": "law",
        "status": "in_force",
        "objectives": [15, 16],
        "topics": ["families", "integration"],
        "source_url": "https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EB%8B%A4%EB%AC%B8%ED%99%94%EA%B0%80%EC%A1%B1%EC%A7%80%EC%9B%90%EB%B2%95",
        "title": {"en": "Multicultural Families Support Act", "ko": "다문화가족지원법"},
        "summary": {
            "en": "Support for families formed by marriage migration, including language and counselling."
        },
        "issuing_body": {"en": "National Assembly of the Republic of Korea", "ko": "대한민국 국회"},
        "notes": [("2025-04-28", {"en": FIRST}), ("2025-12-15", {"en": "Topics added."})],
    },
    {
        "slug": "thailand-royal-ordinance-on-managing-the-employment-of-foreign-workers",
        "countries": ["TH"],
        "policy_type": "decree",
        "status": "amended",
        "date_adopted": datetime.date(2017, 6, 17),
        "objectives": [5, 6, 7],
        "topics": ["labour migration", "work permits"],
        "source_url": "https://www.ilo.org/dyn/natlex/natlex4.detail?p_lang=en&p_isn=107728",
        "title": {"en": "Royal Ordinance on Managing the Employment of Foreign Workers, B.E. 2560 (2017)"},
        "summary": {
            "en": "How foreign workers may be brought to work for employers in Thailand, and the commission that "
            "sets policy on foreign workers; amended in 2018."
        },
        "issuing_body": {"en": "King of Thailand, on the advice of the Cabinet"},
        "body": {
            "en": p(
                "The ordinance brought together the earlier law on foreigners' working and the rules on bringing "
                "foreign workers to employers in Thailand. It was amended by a second ordinance in 2018."
            )
        },
        "notes": [
            ("2025-03-17", {"en": FIRST}),
            ("2025-06-30", {"en": "Status changed to “amended” after checking the 2018 amendment."}),
        ],
    },
    {
        "slug": "thailand-amendment-of-the-royal-ordinance-2018",
        "countries": ["TH"],
        "policy_type": "decree",
        "status": "in_force",
        "date_adopted": datetime.date(2018, 3, 24),
        # Published in the Government Gazette on 27 March 2018; in force the day after (its section 2).
        "date_in_force": datetime.date(2018, 3, 28),
        "objectives": [5, 6],
        "topics": ["labour migration", "work permits"],
        # The Department of Employment's handbook of the 2017 ordinance as amended by this one (in Thai).
        "source_url": "https://www.doe.go.th/prd/download/download_by_pool_file/62222",
        # Thai: the ordinance's own title. Thai and Burmese texts are drafts (no reviewer yet), for the Burmese
        # workers who are most of Thailand's migrants.
        "title": {
            "en": "Royal Ordinance on Managing the Employment of Foreign Workers (No. 2), B.E. 2561 (2018)",
            "th": "พระราชกำหนดการบริหารจัดการการทำงานของคนต่างด้าว (ฉบับที่ 2) พ.ศ. 2561 (2018)",
            "my": "နိုင်ငံခြားသား အလုပ်သမားများ အလုပ်ခန့်ထားမှု စီမံခန့်ခွဲရေး တော်ဝင်အမိန့်ဒီကရီ (အမှတ် 2)၊ ဗုဒ္ဓသက္ကရာဇ် 2561 (2018)",
        },
        "summary": {
            "en": "Amended the 2017 ordinance: a change of employer, workplace or type of work is notified instead of "
            "needing permission first, and working without a work permit no longer means prison.",
            "th": "แก้ไขพระราชกำหนดฉบับปี 2560 (2017): การเปลี่ยนนายจ้าง สถานที่ทำงาน หรือลักษณะงาน ให้แจ้งต่อ"
            "เจ้าหน้าที่แทนการขออนุญาตก่อน และการทำงานโดยไม่มีใบอนุญาตทำงานไม่มีโทษจำคุกอีกต่อไป",
            "my": "2017 ခုနှစ် တော်ဝင်အမိန့်ဒီကရီကို ပြင်ဆင်ခဲ့သည်- အလုပ်ရှင်၊ အလုပ်ခွင် သို့မဟုတ် အလုပ်အမျိုးအစား "
            "ပြောင်းလဲရာတွင် ကြိုတင်ခွင့်ပြုချက် မလိုတော့ဘဲ အာဏာပိုင်များထံ အကြောင်းကြားရုံသာ လိုသည်။ "
            "အလုပ်လုပ်ခွင့် ပါမစ်မရှိဘဲ အလုပ်လုပ်ခြင်းအတွက် ထောင်ဒဏ် မချတော့ပါ။",
        },
        "issuing_body": {
            "en": "King of Thailand, on the advice of the Cabinet",
            "th": "พระมหากษัตริย์ โดยคำแนะนำของคณะรัฐมนตรี",
            "my": "ထိုင်းဘုရင်၊ ဝန်ကြီးအဖွဲ့၏ အကြံပြုချက်အရ",
        },
        "body": {
            "en": p(
                "Under the amendment, many changes that needed permission before (a new employer, a new "
                "workplace, a new type of work) now need only a notification to the authorities, and the rule "
                "on where foreign workers may live was removed. A foreign worker who works without "
                "a work permit can be fined but no longer imprisoned. An employer who hires a worker without "
                "documents is fined 10,000 to 100,000 baht for each worker; if it happens again, up to one year "
                "in prison, a fine of 50,000 to 200,000 baht for each worker, or both, and three years without "
                "the right to hire foreign workers."
            ),
            "th": p(
                "ตามฉบับแก้ไขนี้ การเปลี่ยนแปลงหลายอย่างที่เคยต้องขออนุญาตก่อน (เปลี่ยนนายจ้าง เปลี่ยนสถานที่ทำงาน "
                "เปลี่ยนลักษณะงาน) เพียงแจ้งต่อเจ้าหน้าที่เท่านั้น และยกเลิกข้อกำหนดเรื่องที่พักอาศัยของคนต่างด้าว "
                "คนต่างด้าวที่ทำงานโดยไม่มีใบอนุญาตทำงานอาจถูกปรับ แต่ไม่ถูกจำคุกอีกต่อไป นายจ้างที่จ้างคนต่างด้าว"
                "ที่ไม่มีเอกสารถูกปรับ 10,000 ถึง 100,000 บาทต่อคนต่างด้าวหนึ่งคน หากทำผิดซ้ำ จำคุกไม่เกินหนึ่งปี "
                "ปรับ 50,000 ถึง 200,000 บาทต่อคน หรือทั้งจำทั้งปรับ และห้ามจ้างคนต่างด้าวเป็นเวลาสามปี"
            ),
            "my": p(
                "ဤပြင်ဆင်ချက်အရ ယခင်က ကြိုတင်ခွင့်ပြုချက် လိုအပ်ခဲ့သော အပြောင်းအလဲများစွာ (အလုပ်ရှင်သစ်၊ "
                "အလုပ်ခွင်သစ်၊ အလုပ်အမျိုးအစားသစ်) အတွက် ယခု အာဏာပိုင်များထံ အကြောင်းကြားရုံသာ လိုသည်။ "
                "နိုင်ငံခြားသား အလုပ်သမားများ နေထိုင်ရမည့်နေရာဆိုင်ရာ စည်းမျဉ်းကိုလည်း ဖျက်သိမ်းခဲ့သည်။ "
                "အလုပ်လုပ်ခွင့် ပါမစ်မရှိဘဲ အလုပ်လုပ်သော နိုင်ငံခြားသား အလုပ်သမားကို ဒဏ်ငွေ ချမှတ်နိုင်သော်လည်း "
                "ထောင်ဒဏ် မချတော့ပါ။ စာရွက်စာတမ်းမရှိသော အလုပ်သမားကို ခန့်ထားသည့် အလုပ်ရှင်သည် အလုပ်သမား "
                "တစ်ဦးလျှင် ဘတ် 10,000 မှ 100,000 အထိ ဒဏ်ငွေ ပေးရသည်။ ထပ်မံကျူးလွန်ပါက ထောင်ဒဏ် တစ်နှစ်အထိ၊ "
                "အလုပ်သမား တစ်ဦးလျှင် ဘတ် 50,000 မှ 200,000 အထိ ဒဏ်ငွေ သို့မဟုတ် နှစ်မျိုးလုံး ချမှတ်ခံရပြီး "
                "နိုင်ငံခြားသား အလုပ်သမား ခန့်ထားခွင့်ကို သုံးနှစ် ဆုံးရှုံးသည်။"
            ),
        },
        "notes": [
            ("2025-06-30", {"en": FIRST}),
            ("2025-12-08", {"en": "Linked to the 2017 ordinance."}),
            (
                "2026-12-01",
                {
                    "en": "Added the date it came into force (28 March 2018) and what it changed for workers and "
                    "employers. The source link now opens the Department of Employment's handbook of the "
                    "ordinance as amended."
                },
            ),
        ],
    },
    {
        "slug": "nepal-foreign-employment-act-2007",
        "countries": ["NP"],
        "policy_type": "law",
        "status": "in_force",
        "date_adopted": datetime.date(2007, 9, 5),
        "objectives": [3, 6, 7, 14],
        "topics": ["recruitment", "labour migration", "pre-departure orientation"],
        "source_url": "https://www.lawcommission.gov.np/np/archives/category/documents/prevailing-law/statutes-acts/%E0%A4%B5%E0%A5%88%E0%A4%A6%E0%A5%87%E0%A4%B6%E0%A4%BF%E0%A4%95-%E0%A4%B0%E0%A5%8B%E0%A4%9C%E0%A4%97%E0%A4%BE%E0%A4%B0-%E0%A4%90%E0%A4%A8-%E0%A5%A8%E0%A5%A6%E0%A5%AC%E0%A5%AA",
        "title": {"en": "Foreign Employment Act, 2064 (2007)"},
        "summary": {
            "en": "Governs labour migration from Nepal: licensing of recruitment agencies, the welfare fund and "
            "compulsory orientation before departure."
        },
        "issuing_body": {"en": "Legislature-Parliament of Nepal"},
        "notes": [
            ("2025-02-24", {"en": FIRST}),
            ("2025-09-15", {"en": "Added the date of authentication and publication."}),
        ],
    },
    {
        "slug": "nepal-foreign-employment-rules-2008",
        "countries": ["NP"],
        "policy_type": "regulation",
        "status": "in_force",
        "objectives": [3, 6],
        "topics": ["recruitment", "pre-departure orientation"],
        "source_url": "https://www.lawcommission.gov.np/np/archives/category/documents/prevailing-law/rules-and-regulations/%E0%A4%B5%E0%A5%88%E0%A4%A6%E0%A5%87%E0%A4%B6%E0%A4%BF%E0%A4%95-%E0%A4%B0%E0%A5%8B%E0%A4%9C%E0%A4%97%E0%A4%BE%E0%A4%B0-%E0%A4%A8%E0%A4%BF%E0%A4%AF%E0%A4%AE%E0%A4%BE%E0%A4%B5%E0%A4%B2%E0%A5%80",
        "title": {"en": "Foreign Employment Rules, 2064 (2008)"},
        "summary": {
            "en": "Rules under the Foreign Employment Act on licensing recruiters, advertising jobs, "
            "pre-departure orientation and the welfare fund."
        },
        "issuing_body": {"en": "Government of Nepal"},
        "notes": [("2025-02-24", {"en": FIRST}), ("2025-10-20", {"en": "Summary simplified."})],
    },
    {
        "slug": "malaysia-anti-trafficking-in-persons-and-anti-smuggling-of-migrants-act",
        "countries": ["MY"],
        "policy_type": "law",
        "status": "amended",
        "objectives": [9, 10],
        "topics": ["trafficking", "smuggling of migrants"],
        "source_url": "https://lom.agc.gov.my/act-detail.php?type=principal&lang=BI&act=670",
        "title": {"en": "Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 (Act 670)"},
        "summary": {
            "en": "Malaysia's law against trafficking in persons and the smuggling of migrants, and on the care "
            "and protection of trafficked persons."
        },
        "issuing_body": {"en": "Parliament of Malaysia"},
        "notes": [
            ("2025-03-24", {"en": FIRST}),
            ("2025-08-04", {"en": "Linked to the Laws of Malaysia site of the Attorney General's Chambers."}),
            ("2026-12-01", {"en": "The source link now opens the act's own page on Laws of Malaysia."}),
            ("2026-12-07", {"en": "Cited as Act 796, the revised text in force, and linked to it."}),
        ],
    },
    {
        "slug": "malaysia-employment-restriction-act-1968",
        "countries": ["MY"],
        "policy_type": "law",
        "status": "in_force",
        "objectives": [6],
        "topics": ["labour migration"],
        # Act 353 was the 1988 revision; the text in force is the later revision, Act 796 (its section 2 names
        # the Director General of Labour where Act 353 named the Commissioner of Employment). The link opens a
        # structured copy of Act 796's official text; an editor may swap it for its page on Laws of Malaysia.
        "source_url": "https://mylaw.my/legislation/act-1968-796",
        "title": {"en": "Employment (Restriction) Act 1968 (Act 796)"},
        "summary": {"en": "Requires a permit for employing people who are not Malaysian citizens."},
        "issuing_body": {"en": "Parliament of Malaysia"},
        "notes": [
            ("2025-03-24", {"en": FIRST}),
            ("2025-11-10", {"en": "Topics added."}),
            ("2026-12-01", {"en": "The source link now opens the act's own page on Laws of Malaysia."}),
            ("2026-12-07", {"en": "Cited as Act 796, the revised text in force, and linked to it."}),
        ],
    },
    {
        "slug": "asean-consensus-on-the-rights-of-migrant-workers",
        "countries": ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"],
        "policy_type": "agreement",
        "status": "adopted",
        "date_adopted": datetime.date(2017, 11, 14),
        "objectives": [6, 7, 14, 23],
        "topics": ["regional cooperation", "labour migration"],
        "source_url": "https://asean.org/",
        "title": {
            "en": "ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers",
            "vi": "Đồng thuận ASEAN về bảo vệ và thúc đẩy quyền của người lao động di cư",
        },
        "summary": {
            "en": "Signed by the ten ASEAN leaders in Manila: the rights of migrant workers and their families, "
            "and the duties of countries of origin and destination.",
            "vi": "Được lãnh đạo mười nước ASEAN ký tại Manila: quyền của người lao động di cư và gia đình họ.",
        },
        "issuing_body": {"en": "Association of Southeast Asian Nations (ASEAN)", "vi": "ASEAN"},
        "body": {
            "en": p(
                "The Consensus sets out rights every migrant worker in ASEAN should have: fair treatment whatever "
                "their sex or nationality, visits from their family, keeping their own passport, recruitment "
                "without excessive fees, protection from violence and sexual harassment at work, fair pay and "
                "the right to send money home, joining a trade union or association, and making a complaint "
                "about an employer. It also lists the duties of the countries migrants leave and the countries "
                "they work in. It is not binding: each country applies it under its own laws."
            )
            + p(
                "Published by the ASEAN Secretariat, Jakarta, in March 2018 (ISBN 978-602-6392-99-2), in English "
                "and in Vietnamese; the source link opens the publisher's site."
            ),
            "vi": p(
                "Văn kiện nêu các quyền mà mọi người lao động di cư trong ASEAN cần được hưởng: được đối xử công "
                "bằng không phân biệt giới tính hay quốc tịch, được gia đình thăm, tự giữ hộ chiếu của mình, "
                "được tuyển dụng mà không phải trả phí quá mức, được bảo vệ khỏi bạo lực và quấy rối tình dục "
                "nơi làm việc, được trả lương công bằng và gửi tiền về nhà, tham gia công đoàn hoặc hiệp hội, và "
                "khiếu nại người sử dụng lao động. Văn kiện cũng nêu nghĩa vụ của nước gửi và nước nhận lao "
                "động. Văn kiện không có tính ràng buộc: mỗi nước áp dụng theo luật của mình."
            )
            + p(
                "Ban Thư ký ASEAN xuất bản tại Jakarta tháng 3 năm 2018 (ISBN 978-602-6392-99-2), bằng tiếng "
                "Anh và tiếng Việt; đường dẫn nguồn mở trang của nhà xuất bản."
            ),
        },
        "notes": [
            ("2025-01-27", {"en": FIRST, "vi": FIRST_VI}),
            ("2025-05-19", {"en": "Listed the ten member states it applies to."}),
            (
                "2026-12-01",
                {
                    "en": "Added what the Consensus says and the details of the ASEAN Secretariat's publication.",
                    "vi": "Bổ sung nội dung chính của văn kiện và thông tin về ấn phẩm của Ban Thư ký ASEAN.",
                },
            ),
        ],
    },
]

TEXT_FIELDS = ("title", "summary", "issuing_body", "body")


def _values(spec):
    values = {
        field: spec[field]
        for field in ("policy_type", "status", "date_adopted", "date_in_force", "source_url")
        if field in spec
    }
    for field in TEXT_FIELDS:
        if field in spec:
            values[field] = spec[field]
    values["countries"] = [
        PolicyCountry(iso_code=code, sort_order=n) for n, code in enumerate(spec["countries"])
    ]
    values["gcm_objectives"] = list(GCMObjective.objects.filter(number__in=spec["objectives"]))
    values["change_note"] = {"en": ""}
    values["minor_change"] = False
    return values


def _record_notes(page, notes):
    """The page's editorial history, idempotent by (page, date)."""
    for day, texts in notes:
        date = timezone.make_aware(datetime.datetime.fromisoformat(day).replace(hour=9))
        defaults = {f"note_{code.replace('-', '_')}": text for code, text in texts.items()}
        defaults["note"] = texts["en"]
        PolicyUpdate.objects.update_or_create(page=page, date=date, defaults=defaults)


def load(home):
    """Create or update the policy index and the demo policies under the home page; returns (index, policies)."""
    index = upsert_child(home, PolicyIndexPage, "policies", with_translations("policies", INDEX))
    pages = []
    for spec in POLICIES:
        # Published once, with its topics (a clustered relation, saved with the revision).
        page = upsert_child(index, PolicyPage, spec["slug"], _values(with_national(spec)), publish=False)
        page.topics.set(spec["topics"])
        page.save_revision().publish()
        _record_notes(page, spec["notes"])
        pages.append(page)
    return index, pages
