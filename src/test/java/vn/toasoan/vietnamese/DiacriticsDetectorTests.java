package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiacriticsDetectorTests {

    private final DiacriticsDetector detector = new DiacriticsDetector();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cam on ban",
                "toi di hoc",
                "anh yeu em",
                "me an com",
                "ok cam on ban",
                "ung ho ban",
                "ban co khoe khong",
                "Cam on ban rat nhieu",
                "Bai viet rat hay, cam on tac gia",
                "Toi dong y voi y kien cua ban doc o tren",
                "Duong nay hu hong nang lam roi",
                "TOI KHONG DONG Y VOI BAI VIET NAY",
                "Tỉnh ủy Binh Duong trien khai nghi quyet moi",
                "Tôi thích học tieengs Anh",
                "tieengs Vieejt",
                "Bài này hay quá, cảm ơn tie61ng nói của bạn",
                "Vie65t Nam vo o dich",
                "dduwowcj roi, cam on nhe",
                "Nguoi dan rat vui mung",
                "Tôi đọc bài này, toi thay rat hay",
                "Quay phim trong khung gio vang",
                "Tham gia xem phim o trung tam",
                "Ca nha xem phim vui lam"
            })
    void refusesVietnameseWithoutItsMarks(String text) {
        assertThat(detector.isMissingDiacritics(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cảm ơn bạn rất nhiều",
                "Tỉnh ủy Bình Dương triển khai nghị quyết mới",
                "Anh ta cho con mua hoa",
                "Anh Minh và chị Lan",
                "Nguyễn Văn An",
                "Nguyen Van An",
                "Cam on",
                "ok",
                "The man can go to the bank",
                "I want to go to the bank today",
                "It is on the table",
                "Then the man sang a song",
                "See you tomorrow at the office",
                "Good morning, how are you today?",
                "Nguyen Van An is a teacher in Hanoi",
                "I live in Ha Noi",
                "We visited Hoi An and Hue",
                "Ha Noi",
                "Nguyen Thi Minh Khai",
                "thank you so much",
                "Call me at 0903 123 456 or write to toasoan@baobinhduong.vn",
                "https://baobinhduong.vn/tinh-uy-binh-duong-trien-khai-nhiem-vu-a123.html",
                "Xem thêm tại www.baobinhduong.vn/thoi-su nhé",
                "2024 - 2025: 1.234.567 đồng",
                "iPhone 15 Pro Max 256GB",
                "U23 Việt Nam thắng 3-0",
                "Tôi dùng Facebook, Zalo và TikTok mỗi ngày",
                "Đội Manchester United thua 0-2 trên sân nhà",
                "#toasoan @bandoc",
                "Hoà bình, thuỷ lợi, uỷ ban",
                "HỒ VĂN",
                "Thực hiện Nghị quyết số 15-NQ/TW và Kết luận 64-KL/TW của Ban Chấp hành Trung ương",
                "UBND tỉnh, HĐND tỉnh và Tỉnh ủy họp liên tịch"
            })
    void acceptsMarkedVietnameseEnglishNamesNumbersAndAddresses(String text) {
        assertThat(detector.isMissingDiacritics(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "an", "to", "The end", "Go to the bank", "I can do it", "Thanks a lot"})
    void englishWordsThatLookVietnameseAreNotRefused(String text) {
        assertThat(detector.isMissingDiacritics(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tôi đọc bài này thấy rất hay",
                "Toi đọc bài này thấy rất hay",
                "Bài viết phản ánh đúng thực trạng ở địa phương, đề nghị các cơ quan chức năng sớm vào cuộc"
                        + " giải quyết dứt điểm tình trạng này để người dân yên tâm làm"
                        + " ăn sinh sống, tôi rất mong tòa soạn tiếp tục theo dõi và thông tin vieejc"
            })
    void oneSlipInMarkedTextIsATypoNotAMissingKeyboard(String text) {
        assertThat(detector.isMissingDiacritics(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Xin xem trang sau",
                "Quay phim trong khung giờ vàng",
                "Tham gia xem phim ở trung tâm",
                "Cả nhà xem phim vui lắm"
            })
    void frequentWordsSpelledWithoutMarksAreNoEvidence(String text) {
        assertThat(detector.isMissingDiacritics(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "điện thoại, dien thoai, máy tính bảng, may tinh bang, tai nghe",
                "Từ khóa: đường sắt, duong sat, tàu hỏa, tau hoa",
                "xe buýt;xe buyt;bến xe;ben xe;vé tháng;ve thang"
            })
    void bareCopiesOfMarkedWordsAreSearchWordsNotAMissingKeyboard(String text) {
        assertThat(detector.isMissingDiacritics(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cảm ơn bạn rất nhiều", "Tỉnh ủy Bình Dương triển khai nhiệm vụ"})
    void decomposedInputIsReadLikeComposed(String text) {
        String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        assertThat(detector.isMissingDiacritics(nfd)).isFalse();
        assertThat(detector.isMissingDiacritics(VietnameseText.fold(nfd))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bật Wi-Fi rồi mở trình duyệt để đăng nhập.",
                "Tải tệp cài đặt .exe về máy rồi nhấp đúp để chạy.",
                "Chạy tệp setup.exe với quyền quản trị.",
                "Kết nối Peer bị ngắt giữa chừng.",
                "Chọn Trang1 trong danh sách bên trái.",
                "Mở thư mục /usr/share/doc/ để xem hướng dẫn.",
                "Cài gói qua lệnh apt-get install rồi khởi động lại máy.",
                "Dung lượng tối đa là 20GB cho mỗi tài khoản.",
                "Thêm tùy chọn --boost khi chạy lệnh để tăng tốc.",
                "Đừng mở tệp .exe lạ.",
                "Hệ thống chặn tệp có đuôi “.exe”.",
                "Chọn mọi tệp *.exe trong thư mục.",
                "Cấp quyền u+rwx cho tệp.",
                "Thư viện boost::asio lo phần mạng.",
                "Bấm nút reset trên bộ phát.",
                "Chip v4e chạy nhanh hơn bản cũ.",
                "Mã lỗi pop25 hiện ra khi khởi động."
            })
    void aWellMarkedSentenceIsNotRefusedForOneTechnicalWord(String text) {
        assertThat(detector.isMissingDiacritics(text)).as(text).isFalse();
    }
}
