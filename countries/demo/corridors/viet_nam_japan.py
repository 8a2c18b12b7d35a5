"""Viet Nam → Japan, labour migration (often as technical intern trainees): in English, Vietnamese and Japanese.

Left out for want of a current public source: a mother-tongue consultation line for technical intern
trainees (the one found, 0120-022332, was described in 2019 and could not be confirmed as current).
"""

from countries.demo.guides import JP_EMERGENCY, callout, p
from countries.undesa import IMS_URL

SLUG = "viet-nam-to-japan-labour"
ORIGIN, DESTINATION, KIND = "VN", "JP", "labour"

SOURCES = [
    ("UN DESA, International Migrant Stock 2019: 209,731 people born in Viet Nam lived in Japan", IMS_URL),
    (
        "Vietnamese the largest group in the Technical Intern Training Program, January to June 2017 "
        "(Immigration Bureau survey)",
        "https://www.japantimes.co.jp/?post_type=news&p=1287581",
    ),
    (
        "Law No. 69/2020/QH14, Article 7(8): charging workers a brokerage fee is prohibited",
        "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/lao-dong--tien-luomg/is-it-permissible-to-charge-vietnamese-guest-workers-with-broker-fees-387649",
    ),
    (
        "Trainees' wages often at or a little above the prefecture's minimum wage; dormitory and utility "
        "costs deducted",
        "https://kokoro-vj.org/ja/post_16671",
    ),
    (
        "After the programme, trainees with the skills can change to the Specified Skilled Worker status",
        "http://bnet-k.com/en/class/",
    ),
    ("Police 110, fire and ambulance 119 in Japan", JP_EMERGENCY),
    (
        "111: national hotline against human trafficking, free, 24 hours",
        "https://tienphong.vn/so-dien-thoai-111-them-chuc-nang-tiep-nhan-thong-tin-phong-chong-mua-ban-nguoi-post1779610.tpo",
    ),
]

TEXTS = {
    "en": {
        "title": "Viet Nam → Japan: labour migration",
        "summary": "Going from Viet Nam to work in Japan, often as a technical intern trainee: fees, wages, "
        "your rights and help.",
        "intro": "In 2019, 209,731 people born in Viet Nam lived in Japan (UN DESA, International Migrant Stock "
        "2019).",
        "before_you_go": p(
            "Many Vietnamese workers go to Japan as technical intern trainees. In the first half of 2017, "
            "Vietnamese were the largest group in Japan's Technical Intern Training Program, according to "
            "Japan's Immigration Bureau.",
            "Go only through a service company licensed to send workers abroad, and ask to see the licence "
            "and the contract before you pay. Viet Nam's Law on Vietnamese Guest Workers (No. 69/2020/QH14) "
            "forbids charging workers a brokerage fee.",
        )
        + callout(
            "warning",
            "Keep every receipt",
            "Ask for a receipt for every payment. Leave copies of your contract and receipts with someone you "
            "trust at home.",
        ),
        "working_and_living": p(
            "Trainees' wages are often the minimum wage of the prefecture, or a little more. Check your "
            "payslip: besides tax and social insurance, rent for the dormitory and utilities are often taken "
            "from it.",
            "After the programme, trainees with the required skills can change to the Specified Skilled "
            "Worker status and keep working in certain industries.",
        ),
        "rights_and_help": p(
            "In an emergency in Japan call 110 for the police and 119 for fire and ambulance. In Viet Nam, "
            "call 111, free and at any hour, to report human trafficking.",
        ),
        "coming_home": p(
            "Back in Viet Nam, local employment service centres help you find work and offer vocational "
            "training.",
        ),
    },
    "vi": {
        "title": "Việt Nam → Nhật Bản: di cư lao động",
        "summary": "Sang Nhật Bản làm việc, thường là thực tập sinh kỹ năng: chi phí, tiền lương, quyền của bạn "
        "và nơi hỗ trợ.",
        "intro": "Năm 2019, có 209.731 người sinh ra tại Việt Nam sống ở Nhật Bản (UN DESA, International "
        "Migrant Stock 2019).",
        "before_you_go": p(
            "Nhiều lao động Việt Nam sang Nhật Bản làm thực tập sinh kỹ năng. Trong sáu tháng đầu năm 2017, "
            "người Việt Nam là nhóm đông nhất trong Chương trình thực tập sinh kỹ năng của Nhật Bản, theo Cục "
            "Quản lý xuất nhập cảnh Nhật Bản.",
            "Chỉ đi qua doanh nghiệp dịch vụ được cấp phép đưa người lao động đi làm việc ở nước ngoài, và "
            "yêu cầu xem giấy phép và hợp đồng trước khi trả tiền. Luật Người lao động Việt Nam đi làm việc ở "
            "nước ngoài theo hợp đồng (số 69/2020/QH14) cấm thu tiền môi giới của người lao động.",
        )
        + callout(
            "warning",
            "Giữ lại mọi biên lai",
            "Hãy xin biên lai cho mỗi khoản tiền bạn trả. Gửi bản sao hợp đồng và biên lai cho người bạn tin "
            "tưởng ở quê nhà.",
        ),
        "working_and_living": p(
            "Tiền lương của thực tập sinh thường bằng hoặc chỉ cao hơn một chút so với mức lương tối thiểu "
            "của tỉnh. Hãy kiểm tra phiếu lương: ngoài thuế và bảo hiểm xã hội, tiền ký túc xá và điện nước "
            "thường bị trừ vào lương.",
            "Sau chương trình, thực tập sinh có đủ kỹ năng có thể chuyển sang tư cách lao động kỹ năng đặc "
            "định để tiếp tục làm việc trong một số ngành.",
        ),
        "rights_and_help": p(
            "Khi khẩn cấp ở Nhật Bản, gọi 110 cho cảnh sát và 119 cho cứu hỏa và cấp cứu. Ở Việt Nam, gọi "
            "111, miễn phí và bất kỳ lúc nào, để báo tin về mua bán người.",
        ),
        "coming_home": p(
            "Khi về Việt Nam, các trung tâm dịch vụ việc làm ở địa phương giúp bạn tìm việc và học nghề.",
        ),
    },
    "ja": {
        "title": "ベトナム → 日本:労働移住",
        "summary": "ベトナムから日本へ働きに行く(技能実習生として行く人が多い):費用、賃金、あなたの権利、"
        "相談先。",
        "intro": "2019年、ベトナム生まれの209,731人が日本に住んでいました(国連経済社会局 International "
        "Migrant Stock 2019)。",
        "before_you_go": p(
            "多くのベトナム人労働者が技能実習生として日本に来ています。日本の入国管理局の調査によると、"
            "2017年上半期、技能実習制度でいちばん多かったのはベトナム人でした。",
            "労働者を海外に送り出す許可を持つ会社だけを通してください。お金を払う前に、許可証と契約書を"
            "見せてもらいましょう。ベトナムの「契約に基づき海外で働くベトナム人労働者に関する法律」"
            "(第69/2020/QH14号)は、労働者から仲介料を取ることを禁止しています。",
        )
        + callout(
            "warning",
            "領収書は必ずもらう",
            "払ったお金には、すべて領収書をもらってください。契約書と領収書のコピーを、故郷の信頼できる人に"
            "預けてください。",
        ),
        "working_and_living": p(
            "技能実習生の賃金は、都道府県の最低賃金と同じか、少し多いだけのことがよくあります。給与明細を"
            "確認してください。税金や社会保険料のほかに、寮費や水道光熱費が引かれることがよくあります。",
            "実習を終えて必要な技能がある人は、在留資格を「特定技能」に変えて、決められた分野で働き続ける"
            "ことができます。",
        ),
        "rights_and_help": p(
            "日本で緊急のときは、警察は110、消防・救急は119に電話してください。ベトナムでは、人身売買に"
            "ついて知らせるとき、111に無料でいつでも電話できます。",
        ),
        "coming_home": p(
            "ベトナムに帰ったら、地元の雇用サービスセンターで仕事探しや職業訓練の支援を受けられます。",
        ),
    },
}
