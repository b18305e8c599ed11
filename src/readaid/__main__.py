from readaid.cli import main

main()
