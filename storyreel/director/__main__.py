from .models import main

main()
